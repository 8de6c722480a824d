def work():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("values handled")
    except* TypeError:
        raise RuntimeError("type problem")


work()
