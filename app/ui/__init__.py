"""Qt only: widgets talk to services through controllers, never to SQLAlchemy."""
