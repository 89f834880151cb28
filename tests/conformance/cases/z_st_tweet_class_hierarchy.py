# batch: 1
# batches: 3
# checkpoint: yes
# snapshot: refused
# A Tweet class hierarchy built from dict records: a @classmethod from_dict factory that
# picks Retweet(Tweet) by a field, super().__init__, @property and a setter, a
# @staticmethod, __str__ vs __repr__, __len__/__contains__/__iter__ used by len(), in and
# list(), class attributes counting on the driver, isinstance dispatch, and Tweets kept in
# updateStateByKey state per user (sorted by a key on a property).
class Tweet:
    tipo = "tweet"

    def __init__(self, user, text, likes=0):
        self.user = user
        self.text = text
        self._likes = likes

    @classmethod
    def from_dict(cls, d):
        if "rt_of" in d:
            return Retweet(d["user"], d["text"], d["rt_of"])
        return cls(d["user"], d["text"], d.get("likes", 0))

    @staticmethod
    def limpiar(w):
        return w.strip("#@.,!?").lower()

    @property
    def likes(self):
        return self._likes

    @likes.setter
    def likes(self, v):
        self._likes = max(0, v)

    @property
    def palabras(self):
        return [Tweet.limpiar(w) for w in self.text.split()]

    def __len__(self):
        return len(self.text)

    def __contains__(self, w):
        return w in self.palabras

    def __iter__(self):
        return iter(self.palabras)

    def __str__(self):
        return f"@{self.user}: {self.text}"

    def __repr__(self):
        return f"{type(self).__name__}({self.user!r}, likes={self.likes})"


class Retweet(Tweet):
    tipo = "retweet"

    def __init__(self, user, text, original):
        super().__init__(user, text)
        self.original = original

    def __repr__(self):
        return super().__repr__()[:-1] + f", de={self.original!r})"


def guardar(nuevos, viejos):
    todos = (viejos or []) + list(nuevos)
    return sorted(todos, key=lambda t: (-t.likes, len(t)))[:2]


data = [[[{"user": "ana", "text": "Hola #Spark!", "likes": 4}, {"user": "bob", "text": "RT hola", "rt_of": "ana"}],
         [{"user": "ana", "text": "Otro día, otro #dato", "likes": -3}]],
        [[{"user": "bob", "text": "Mi primer tweet", "likes": 10}, {"user": "eva", "text": "¿spark?", "rt_of": "ana"}]],
        [[{"user": "ana", "text": "spark spark", "likes": 4}]]]
tweets = ssc.queueStream(createQUEUERDD(data)).map(Tweet.from_dict)


def ajustar(t):
    t.likes = t.likes - 1
    return t


tweets.map(ajustar).map(lambda t: (repr(t), str(t), t.tipo, len(t), "spark" in t, list(t)[:2], isinstance(t, Retweet))).pprint()
nuevoDStream = tweets.map(lambda t: (t.user, t)).updateStateByKey(guardar)
nuevoDStream.pprint()


def contar(rdd):
    ts = rdd.collect()
    Tweet.vistos = getattr(Tweet, "vistos", 0) + len(ts)
    print(Tweet.vistos, Retweet.vistos, Retweet.tipo, Tweet.tipo, [str(t) for t in ts if not isinstance(t, Retweet)])
    print(sorted(ts, key=lambda t: t.likes), Retweet.__mro__[1].__name__, issubclass(Retweet, Tweet))


tweets.foreachRDD(contar)
