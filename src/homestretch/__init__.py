"""Homestretch: guided home exercises for low back pain with leg pain."""

__version__ = "0.1.0"
APP_ID = "io.github.homestretch.Homestretch"
APP_NAME = "Homestretch"
