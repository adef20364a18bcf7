"""Provenance: the outlet that published a record, and the outlets and sources it cites."""
