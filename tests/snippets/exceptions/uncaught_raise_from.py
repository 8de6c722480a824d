class ConfigError(Exception):
    pass
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise ConfigError(f"missing setting {name}") from e
print(read_setting({"a": 1}, "a"))
read_setting({"a": 1}, "b")
