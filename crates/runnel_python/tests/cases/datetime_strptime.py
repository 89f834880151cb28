# datetime.strptime with every directive CPython 3.11's _strptime knows, its regexes
# (exact digit counts, first alternative first, backtracking), case-insensitive names,
# whitespace runs, week numbers, ISO weeks, %j, and its error messages.
from datetime import datetime

cases = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
    ("05/03/24", "%d/%m/%y"),
    ("5/3/69", "%d/%m/%y"),
    ("1/2/68", "%m/%d/%y"),
    ("Tuesday 5 March 2024", "%A %d %B %Y"),
    ("tue MAR 5 2024", "%a %b %d %Y"),
    ("Mar 05 2024 02:30 PM", "%b %d %Y %I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:15 pm", "%I:%M %p"),
    ("2024 060", "%Y %j"),
    ("2023 001", "%Y %j"),
    ("20240305", "%Y%m%d"),
    ("2024315", "%Y%m%d"),
    ("1 15", "%m%d"),
    ("115", "%m%d"),
    ("2024-03-05T14:07:09.5", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024-03-05T14:07:09.123456", "%Y-%m-%dT%H:%M:%S.%f"),
    ("Tue Mar  5 14:07:09 2024", "%c"),
    ("03/05/24", "%x"),
    ("14:07:09", "%X"),
    ("2024 10 1", "%Y %U %w"),
    ("2024 10 0", "%Y %W %w"),
    ("2024 0 3", "%Y %U %w"),
    ("2024 10 Mon", "%Y %W %a"),
    ("2020 53 5", "%G %V %u"),
    ("2021 1 1", "%G %V %u"),
    ("100% 2024", "100%% %Y"),
    ("  2024   3 ", " %Y %m "),
    ("2024 UTC", "%Y %Z"),
    ("29 Feb 2024", "%d %b %Y"),
    ("1999-12-31 23:59:60", "%Y-%m-%d %H:%M:%S"),
    ("2024-02-30", "%Y-%m-%d"),
    ("29 Feb", "%d %b"),
    ("2024-3-5x", "%Y-%m-%d"),
    ("24-03-05", "%Y-%m-%d"),
    ("2024-13-01", "%Y-%m-%d"),
    ("2024 12", "%Y %T"),
    ("2024", "%Y %"),
    ("2024 10", "%G %V"),
    ("2024 10 1", "%Y %V %u"),
    ("2024 10", "%V %Y"),
    ("2024 100 1", "%G %j %u"),
]
for text, fmt in cases:
    try:
        print(repr(text), repr(fmt), datetime.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), repr(fmt), "ValueError", e)
d = datetime.strptime("2024-03-05", "%Y-%m-%d")
print(d.date(), d.time(), d.isocalendar(), d.weekday(), d.isoweekday(), d.replace(day=1, hour=3), d.timetuple().tm_yday)
print(datetime.strptime("7", "%H").strftime("%Y-%m-%d %H"), datetime.strptime("Sep", "%b").month)
