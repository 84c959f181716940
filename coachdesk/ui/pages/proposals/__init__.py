"""Proposals page: the list, review, comparison and feedback of proposal drafts."""
