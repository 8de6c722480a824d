import json
import copy
from collections import ChainMap
from types import SimpleNamespace, MappingProxyType

class ConfigError(Exception):
    pass

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "tls": {"enabled": False, "cert": None}},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False},
}
USER = json.loads("""{
  "server": {"port": 9090, "tls": {"enabled": true, "cert": "/etc/cert.pem"}},
  "logging": {"handlers": ["file"], "level": "DEBUG"},
  "features": {"beta": true, "new_ui": "yes"}
}""")

SCHEMA = {"server.port": int, "server.host": str, "logging.level": str, "features.beta": bool,
          "server.tls.enabled": bool}

def deep_merge(base, override, path=""):
    out = copy.deepcopy(base)
    for k, v in override.items():
        p = f"{path}.{k}" if path else k
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v, p)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out

def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v

def validate(cfg):
    flat = dict(flatten(cfg))
    problems = [f"{k}: expected {t.__name__}, got {type(flat[k]).__name__}"
                for k, t in SCHEMA.items() if k in flat and not isinstance(flat[k], t)]
    if isinstance(flat["server.port"], int) and not 1 <= flat["server.port"] <= 65535:
        problems.append("server.port out of range")
    if problems:
        raise ConfigError("; ".join(problems))
    return flat

def to_namespace(d):
    return SimpleNamespace(**{k: to_namespace(v) if isinstance(v, dict) else v for k, v in d.items()})

merged = deep_merge(DEFAULTS, USER)
print(json.dumps(merged, indent=2, sort_keys=True))
flat = validate(merged)
for k, v in sorted(flat.items()):
    print(f"{k:<22} = {v!r}")
ns = to_namespace(merged)
print(ns.server.tls.cert, ns.logging.handlers, ns.features.new_ui)
print(DEFAULTS["server"]["port"], "defaults untouched")

env = {"server.port": "7000"}
cli = {"logging.level": "WARNING"}
layers = ChainMap(cli, env, flat)
print(layers["server.port"], layers["logging.level"], layers["server.host"], len(layers))
layers["features.beta"] = False
print(cli, flat["features.beta"])

ro = MappingProxyType(flat)
try:
    ro["x"] = 1
except TypeError as e:
    print("TypeError:", e)

bad = deep_merge(merged, {"server": {"port": "80"}, "features": {"beta": "no"}})
try:
    validate(bad)
except ConfigError as e:
    print("ConfigError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
print(json.dumps({"k": [1, 2.5, None, True, "é"]}), json.dumps({"k": "é"}, ensure_ascii=False),
      json.dumps([1, 2], separators=(",", ":")))
validate(deep_merge(merged, {"server": {"port": 70000}}))
