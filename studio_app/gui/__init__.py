"""The Qt desktop interface: controllers (QtCore), item models, views and generated forms."""
