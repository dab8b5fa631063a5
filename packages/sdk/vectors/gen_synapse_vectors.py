"""Generate synapse.json: body hashes, header placeholders and signed messages of the synapse wire protocol,
computed by the real Python Bittensor SDK (bittensor==10.2.0, bittensor-wallet 4.0.1) — an independent
implementation of what packages/sdk/src/synapse does in TypeScript.

  python gen_synapse_vectors.py > synapse.json     (see README.md for the environment)

Every case records the synapse's field values as JSON, `str()` of each required hash field (the text
that is hashed), `Synapse.body_hash`, the `bt_header_input_obj_*` headers of `Synapse.to_headers()`, the
message a Dendrite signs and a signature of it by //Alice made with btwallet (sr25519 signatures are
randomized, so the test verifies it rather than comparing bytes).
"""
import hashlib
import json
import sys
from typing import ClassVar, Optional

import bittensor.utils.networking as networking

networking.get_external_ip = lambda: "127.0.0.1"

import bittensor as bt  # noqa: E402
from bittensor.core.settings import version_as_int  # noqa: E402
from bittensor_wallet import Keypair  # noqa: E402
from pydantic import BaseModel  # noqa: E402


class Dummy(bt.Synapse):
    dummy_input: int
    dummy_output: Optional[int] = None
    required_hash_fields: ClassVar[tuple[str, ...]] = ("dummy_input",)


class NoHash(bt.Synapse):
    query: str
    result: Optional[str] = None


class SpecExample(bt.Synapse):
    numbers: list[int]
    text: str
    required_hash_fields: ClassVar[tuple[str, ...]] = ("numbers", "text")


class Compute(bt.Synapse):
    prompt: str
    weights: list[float]
    k: int
    meta: dict = {}
    flag: bool = False
    answer: Optional[str] = None
    scores: Optional[list[float]] = None
    required_hash_fields: ClassVar[tuple[str, ...]] = ("prompt", "weights", "k", "meta", "flag")


class Prompting(bt.Synapse):
    roles: list[str]
    messages: list[str]
    completion: str = ""
    required_hash_fields: ClassVar[tuple[str, ...]] = ("messages", "roles")


class Floats(bt.Synapse):
    values: list[float]
    scalar: float
    pair: tuple[int, float, str]
    single: tuple[int]
    maybe: Optional[float] = None
    required_hash_fields: ClassVar[tuple[str, ...]] = ("values", "scalar", "pair", "single", "maybe")


class Inner(BaseModel):
    x: int
    y: Optional[str] = None
    z: list[float] = []


class Nested(bt.Synapse):
    inner: Inner
    mapping: dict[str, list[int]]
    big: int
    items: list[Inner] = []
    out: Optional[str] = None
    required_hash_fields: ClassVar[tuple[str, ...]] = ("inner", "mapping", "big", "items", "out")


CASES = [
    ("dummy", Dummy, {"dummy_input": 7}),
    ("dummy_negative", Dummy, {"dummy_input": -123456789}),
    ("no_hash_fields", NoHash, {"query": "anything"}),
    ("spec_example", SpecExample, {"numbers": [1, 2, 3], "text": "hello"}),
    ("compute", Compute, {"prompt": "héllo 'world'", "weights": [0.5, 1.0, 1e-05, 3.0], "k": 3, "meta": {"a": [1, 2.5, None], "b": True}}),
    ("compute_defaults", Compute, {"prompt": "", "weights": [], "k": 0}),
    (
        "prompting_strings",
        Prompting,
        {
            "roles": ["system", "user", "assistant"],
            "messages": [
                'both \' and " quotes',
                "only 'single'",
                'only "double"',
                "back\\slash\ttab\nnewline\rcr\x00nul\x7fdel",
                "emoji 🦀 accents é ü 漢字 nbsp\u00a0 zwsp\u200b lsep\u2028 soft\u00ad",
                "",
            ],
        },
    ),
    (
        "floats",
        Floats,
        {
            "values": [0.0, -0.0, 1e16, 1e15, 1234567890123456.0, 123456789012345678.0, 0.1 + 0.2, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, -2.5, 100.0, 1.5e-7],
            "scalar": 7,
            "pair": [1, 2, "x"],
            "single": [5],
        },
    ),
    (
        "nested",
        Nested,
        {
            "inner": {"x": 1, "z": [1.0, 2.5]},
            "mapping": {"b": [2, 1], "a": [], "10": [3]},
            "big": 2**70,
            "items": [{"x": -1, "y": "why"}, {"x": 2, "y": None, "z": [0.25]}],
        },
    ),
]

AXON_HOTKEY = Keypair.create_from_uri("//Bob").ss58_address
DENDRITE_UUID = "5ecbd69c-c7a3-11f0-8de9-0242ac120002"


def main() -> None:
    alice = Keypair.create_from_uri("//Alice")
    cases = []
    for i, (name, cls, values) in enumerate(CASES):
        syn = cls(**values)
        dump = syn.model_dump()
        strs = [str(dump[f]) for f in cls.required_hash_fields]
        # an independent recomputation of Synapse.body_hash from the strings (hashlib)
        inner = "".join(hashlib.sha3_256(s.encode("utf-8")).hexdigest() for s in strs)
        assert hashlib.sha3_256(inner.encode("utf-8")).hexdigest() == syn.body_hash, name
        headers = syn.to_headers()
        nonce = 1767225600123456789 + i
        message = f"{nonce}.{alice.ss58_address}.{AXON_HOTKEY}.{DENDRITE_UUID}.{syn.body_hash}"
        signature = "0x" + alice.sign(message).hex()
        assert alice.verify(message, signature)
        cases.append(
            {
                "name": name,
                "synapse": cls.__name__,
                "fields": values,
                "required_hash_fields": list(cls.required_hash_fields),
                "hashed_strings": strs,
                "body_hash": syn.body_hash,
                "input_obj_headers": {k: v for k, v in headers.items() if k.startswith("bt_header_input_obj_")},
                "timeout_header": headers["timeout"],
                "nonce": str(nonce),
                "dendrite_hotkey": alice.ss58_address,
                "axon_hotkey": AXON_HOTKEY,
                "dendrite_uuid": DENDRITE_UUID,
                "message": message,
                "signature": signature,
            }
        )
    out = {
        "description": "Synapse wire-protocol vectors (spec/sdk.md §1.3-1.5) generated by packages/sdk/vectors/gen_synapse_vectors.py with the Python Bittensor SDK",
        "generator": {"bittensor_version_as_int": version_as_int, "python": sys.version.split()[0]},
        "empty_body_hash": hashlib.sha3_256(b"").hexdigest(),
        "cases": cases,
    }
    # big ints stay exact in JSON (Python ints are unbounded)
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
