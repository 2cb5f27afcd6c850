"""Studio App: a desktop application that runs small fitness, yoga, pilates and martial-arts
studios."""
