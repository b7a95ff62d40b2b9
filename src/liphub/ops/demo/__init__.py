"""Demo data: the LIPs funded by CIC in 2012-13, Ottawa in depth, London & Middlesex, Kingston.

`data` holds the content as plain Python (each block cites the seed document it comes from),
`plans` the strategies, action plans, progress and contributions; `loader.load_demo()` writes
them into an empty database.
"""
