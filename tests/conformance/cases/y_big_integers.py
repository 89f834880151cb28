# batch: 1
# batches: 2
# Big integers: 2**100 sums in reduceByKey (big ints as keys too, placed by their hash),
# factorials, pow with a modulus, divmod of negatives, int/str round trips and hash().
import math

data = [[[1, 2, 3], [4, 5]], [[60, 61], [62, 63, 64]]]
nums = ssc.queueStream(createQUEUERDD(data))
big = nums.map(lambda n: (n % 2, 2 ** (100 + n)))
nuevoDStream = big.reduceByKey(lambda a, b: a + b)
nuevoDStream.pprint()
nums.map(lambda n: (2 ** n * 3 ** n, 1)).reduceByKey(lambda a, b: a + b).glom().pprint()
nums.map(lambda n: (math.factorial(n + 20), len(str(math.factorial(n * 3))))).pprint(2)
nums.map(lambda n: (pow(3, 200 + n, 10 ** 9 + 7), divmod(-(10 ** 30) - n, 7), (-(2 ** 70)) // (n + 2),
                    (2 ** 80 + n) % -9)).pprint()
nums.map(lambda n: (hash(2 ** 61 + n), hash(-(2 ** 64) - n), hash(10 ** 20 * n), (2 ** 90).bit_length())).pprint()
nums.map(lambda n: (int("9" * (n + 20)) + 1, int("ff" * 10, 16) - n,
                    str(7 ** 40 * -n), hex(2 ** 70 + n), 2 ** 100 / 3, 10 ** 25 // 3 == int(10 ** 25 / 3))).pprint(2)
nums.reduce(lambda a, b: a * b * 10 ** 15).pprint()
