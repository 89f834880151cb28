# batch: 1
# batches: 3
# A transform function that runs an action over a step that fails (sum of int of a
# word): the action's job runs when the function runs, so the batch's jobs are not
# generated (batch 2: none of its outputs print); a step that fails without an action
# after it fails only the jobs that compute it.
lines = ssc.queueStream(createQUEUERDD([[["1", "2"]], [["x"]], [["3"], ["y"]]]))
lines.pprint()


def attempt(rdd):
    try:
        parsed = rdd.map(int)
    except ValueError:
        return rdd.map(lambda x: "caught")
    return parsed.map(lambda x: x * 10)


def summed(rdd):
    s = rdd.map(int).filter(lambda x: x > 0).sum()
    return rdd.map(lambda x: (x, s))


lines.transform(attempt).pprint()
lines.transform(lambda rdd: rdd.filter(str.isdigit)).transform(summed).pprint()
lines.transform(summed).pprint()
