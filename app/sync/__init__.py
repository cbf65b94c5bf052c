"""The laptop's side of team sync: the outbox, the hub client and the merge of pulled changes."""
