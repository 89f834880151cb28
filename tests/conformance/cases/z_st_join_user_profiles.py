# batch: 1
# batches: 3
# Clicks joined with user profiles as dicts: join, leftOuterJoin (None for unknown users),
# fullOuterJoin, cogroup with ResultIterables turned into sorted lists, dict merging with
# ** and dict comprehension, get with defaults, and a transform join against a static RDD
# of countries built with sc.parallelize.
data_clicks = [[[("u1", "/home"), ("u2", "/buy")], [("u9", "/home")]],
               [[("u1", "/buy"), ("u1", "/exit")], [("u3", "/home")]],
               [[("u2", "/home")]]]
data_perfiles = [[[("u1", {"nombre": "Ana", "pais": "ES"}), ("u2", {"nombre": "Bo", "pais": "SE"})]],
                 [[("u3", {"nombre": "Cai", "pais": "MX", "vip": True})], [("u4", {"nombre": "Di"})]],
                 [[("u2", {"nombre": "Bo", "pais": "NO"})]]]
clicks = ssc.queueStream(createQUEUERDD(data_clicks))
perfiles = ssc.queueStream(createQUEUERDD(data_perfiles))
paises = sc.parallelize([("ES", "España"), ("SE", "Suecia"), ("MX", "México")])
nuevoDStream = clicks.join(perfiles).mapValues(lambda v: {**v[1], "pagina": v[0]})
nuevoDStream.pprint()
clicks.leftOuterJoin(perfiles).mapValues(lambda v: (v[0], (v[1] or {}).get("nombre", "anónimo"))).pprint()
clicks.fullOuterJoin(perfiles).mapValues(lambda v: (v[0] is None, v[1] is None)).pprint()
clicks.cogroup(perfiles).mapValues(lambda v: (sorted(v[0]), [p.get("pais") for p in v[1]])).pprint()
por_pais = perfiles.map(lambda kv: (kv[1].get("pais", "??"), kv[1]["nombre"]))
por_pais.transform(lambda rdd: rdd.leftOuterJoin(paises)).map(lambda kv: f"{kv[1][0]} vive en {kv[1][1] or kv[0]}").pprint()
perfiles.map(lambda kv: {k: (v.upper() if isinstance(v, str) else v) for k, v in kv[1].items() if k != "vip"}).pprint()
