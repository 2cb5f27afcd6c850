"""ReportLab documents; take DTOs, write PDF."""
