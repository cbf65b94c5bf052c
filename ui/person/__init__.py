"""The person side of the window: the person record and the journey of each referral."""
