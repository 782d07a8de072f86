"""Use cases: plain functions taking a Session, returning frozen dataclasses.

Services never import Qt and never create, commit or close a Session: the
caller owns the unit of work (``app.db.write_session``).
"""
