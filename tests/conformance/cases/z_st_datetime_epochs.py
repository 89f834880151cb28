# batch: 1
# batches: 3
# Epoch timestamps in events: datetime.utcfromtimestamp of ints and floats (microseconds),
# date arithmetic with timedelta (days, weeks, negative), date.fromisoformat and
# datetime.fromisoformat, isocalendar, replace, comparison of dates as reduceByKey
# values (max per user), timedelta division and floor division, str/repr of
# timedelta and date, date.today() left out, combine and time objects, ordinal days.
from datetime import datetime, date, time, timedelta

data = [[[("ana", 1700000000), ("bob", 1700003600.25)], [("ana", 1699999999.999999)]],
        [[("bob", 0), ("eva", 951782400)], [("ana", 1709164800)]],
        [[("eva", 2000000000.5)]]]
ev = ssc.queueStream(createQUEUERDD(data)).mapValues(datetime.utcfromtimestamp)
nuevoDStream = ev.reduceByKey(max)
nuevoDStream.pprint()
ev.mapValues(lambda d: (d.isoformat(), d.date().isoformat(), d.isocalendar(), d.timetuple().tm_yday, d.toordinal())).pprint()
ev.mapValues(lambda d: (d + timedelta(weeks=1, hours=-30), d - timedelta(days=400), (d - datetime(2000, 1, 1)) // timedelta(days=1),
                        (d - datetime(2000, 1, 1)) / timedelta(hours=1))).pprint()


def fechas(rdd):
    for u, d in sorted(rdd.collect()):
        dia = d.date()
        print(u, repr(dia), repr(d.time()), dia.strftime("%d/%m/%Y"), dia.weekday(), dia.replace(day=1), date.fromisoformat("2024-02-29") - dia)
        td = timedelta(days=-1, seconds=5)
        print(repr(td), str(td), td.total_seconds(), repr(timedelta(microseconds=1500)), abs(td), td * 3, -td)
        print(datetime.combine(dia, time(23, 59, 30)).isoformat(" ", "minutes"), datetime.fromisoformat("2024-03-01T10:20:30.5").microsecond,
              date.fromordinal(dia.toordinal() + 60), max(dia, date(2010, 1, 1)))


nuevoDStream.foreachRDD(fechas)
