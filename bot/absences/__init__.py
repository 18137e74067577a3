"""Förhinder: members report absence, ersättare are called in, secretaries see who comes."""
