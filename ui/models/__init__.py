"""Qt item models that the views show: each holds plain rows from the services."""
