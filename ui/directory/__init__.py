"""The service directory in the window: search as you type, service detail and editing, the
verification worklist, closure impact and unmet needs."""
