# batch: 1
# batches: 3
# Big integers as a student meets them: factorials and 2**100 sums through reduceByKey,
# big ints as keys (hash mod 2**61-1 places them in partitions), negative big ints,
# pow with a modulus, floor division and % of negatives, int <-> str of long numbers,
# bit_length, to_bytes/from_bytes, hex/bin of big ints, and big products reduced by window.
import math

data = [[[20, 25, 30], [61, 62]],
        [[100, 3], [2**61, 2**61 - 1]],
        [[2**64 + 7, -(2**100)], [0]]]
nums = ssc.queueStream(createQUEUERDD(data))
nuevoDStream = nums.map(lambda n: (n, 1)).reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
nums.map(lambda n: (n % 7, math.factorial(min(abs(n), 40)))).reduceByKey(lambda a, b: a + b).pprint()
nums.map(lambda n: (hash(n), hash(-n), n.bit_length(), pow(3, abs(n), 10**9 + 7))).pprint()
nums.map(lambda n: (2**100 + n, (2**100 + n) // -3, (2**100 + n) % -1000, -(2**100) // 7)).reduce(lambda a, b: tuple(x + y for x, y in zip(a, b))).pprint()
nums.reduceByWindow(lambda a, b: a * b if a and b else a + b, None, 2, 1).map(lambda p: (p, len(str(abs(p))))).pprint()


def texto(rdd):
    for n in sorted(rdd.collect()):
        big = n * 10**25 + 12345
        print(str(big)[:20], int(str(big)) == big, hex(big), bin(n)[:12], oct(abs(n)) if n < 1000 else "-")
        if n > 0:
            b = n.to_bytes((n.bit_length() + 7) // 8, "big")
            print(len(b), int.from_bytes(b, "little") % 1000, f"{big:,}"[:15], f"{n:_x}", divmod(big, 10**12))


nums.foreachRDD(texto)
