"""Directory data in and out: HSDS 3.0 JSON and CSV datapackage, Open Referral UK JSON, AIRS XML."""
