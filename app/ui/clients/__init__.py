"""The Clients screen: the table, the client card and the client forms."""
