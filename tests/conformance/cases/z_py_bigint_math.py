# batch: 1
# batches: 2
# Number theory on a stream: factorials of each record, 2**200 % m, pow(a, b, m) and
# pow(a, -1, m), int(text, base) for hex/binary/base-36 records, bit_length, divmod with
# negative numbers, math.comb / isqrt / gcd / lcm, hex() of big values, big-int keys in
# reduceByKey (Python's hash of ints mod 2**61 - 1 decides the partition).
import math

M = 10**9 + 7


def facts(n):
    f = math.factorial(n)
    return (n, len(str(f)), f % M, f.bit_length(), str(f)[:12], sum(int(d) for d in str(f)))


def parse(text):
    base = {"0x": 16, "0b": 2, "0o": 8}.get(text[:2].lower(), 36)
    value = int(text, base if base == 36 else 0)
    return (text, value, hex(value), value.bit_length(), divmod(-value, 7), divmod(value, -7), -value // 7, -value % 7)


data = [[[25, 30], [50]], [[100, 7]]]
nums = ssc.queueStream(createQUEUERDD(data))
nums.map(facts).pprint()
nums.map(lambda n: (pow(2, 200 + n, M), 2**200 % (n + 1000), pow(n, -1, M), pow(3, n * 10), math.comb(n * 4, n) % 999983, math.isqrt(10**40 + n))).pprint()
texts = ssc.queueStream(createQUEUERDD([[["0xFFFFFFFFFFFFFFFFFF", "zz"], ["0b1010101010101010101010101010101010101010101010101010101010101010101"]],
                                        [["0o777", "spark"]]]))
texts.map(parse).pprint()
nuevoDStream = nums.flatMap(lambda n: [(2**61 - 1 + n % 3, n), (2**64 + n % 2, n), (-(2**70), 1), (n % 3, n)]).reduceByKey(lambda a, b: a * b * 10**20)
nuevoDStream.pprint()
nums.map(lambda n: (math.gcd(math.factorial(n), 2**n * 3**50), math.lcm(n, 2**64, 10**20), (1 << n) - 1 == 2**n - 1, -(2**n) >> 3, (2**100) ^ (2**99 + 5), int(str(7**n)[::-1]) % 1000)).pprint()
