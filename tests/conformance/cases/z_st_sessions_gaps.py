# batch: 1
# batches: 4
# checkpoint: yes
# snapshot: refused
# Click sessions with a 30-minute gap: events carry ISO timestamps parsed with
# datetime.fromisoformat, updateStateByKey keeps each user's sessions as lists of
# (start, end, clicks) tuples, closing a session when the gap exceeds timedelta(minutes=30),
# durations reported as strings of timedeltas and minutes via divmod, plus a per-batch
# summary sorted by user.
from datetime import datetime, timedelta

GAP = timedelta(minutes=30)


def sesiones(nuevos, estado):
    ses = [list(s) for s in (estado or [])]
    for ts in sorted(datetime.fromisoformat(t) for t in nuevos):
        if ses and ts - ses[-1][1] <= GAP:
            ses[-1][1] = max(ses[-1][1], ts)
            ses[-1][2] += 1
        else:
            ses.append([ts, ts, 1])
    return [tuple(s) for s in ses]


def describir(ses):
    out = []
    for ini, fin, n in ses:
        mins, segs = divmod(int((fin - ini).total_seconds()), 60)
        out.append(f"{ini:%H:%M}+{mins}m{segs:02d}s×{n} ({fin - ini})")
    return out


data = [[[("ana", "2024-05-01T10:00:00"), ("ana", "2024-05-01T10:20:00")], [("bob", "2024-05-01T09:59:59")]],
        [[("ana", "2024-05-01T10:49:59"), ("bob", "2024-05-01T11:00:00")]],
        [[("ana", "2024-05-01T12:00:00"), ("ana", "2024-05-01T10:05:00.250000")], [("eva", "2024-05-01T23:50:00")]],
        [[("eva", "2024-05-02T00:15:00"), ("bob", "2024-05-01T11:30:00")]]]
clicks = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = clicks.updateStateByKey(sesiones)
nuevoDStream.mapValues(describir).pprint()


def resumen(rdd):
    for user, ses in sorted(rdd.collect()):
        total = sum((fin - ini for ini, fin, _ in ses), timedelta())
        print(f"{user}: {len(ses)} sesiones, {total} en total, última {ses[-1][1].isoformat(timespec='seconds')}, {ses[-1][1]:%a %d %b}")


nuevoDStream.foreachRDD(resumen)
