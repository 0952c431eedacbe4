"""The OpenAPI 3.1 file matches the reference server and the client, route by route, field by field."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stopncii_desktop.bank import caseapi, reference_server
from stopncii_desktop.bank.caseapi import CaseApiClient
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.bank.throttle import GuessLimits
from stopncii_desktop.case.hashset import HashSet
from stopncii_desktop.case.jsonsize import values_bound
from stopncii_desktop.case.token import new_token
from stopncii_desktop.hashing.variants import PDQ_VARIANTS
from stopncii_desktop.resources import resource_path
from tests.e2e.hma_server import photo_item, robust_item, sample_hashset, video_item

SPEC: dict[str, Any] = json.loads(resource_path("api", "caseapi-openapi.json").read_text())
METHODS = ("get", "post", "put", "delete", "patch")


def _validate(instance: object, name: str) -> None:
    schema = {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]}
    jsonschema.Draft202012Validator(schema).validate(instance)


@pytest.fixture
def server() -> Iterator[ReferenceServer]:
    with ReferenceServer() as srv:
        yield srv


class Api:
    """Raw HTTP to the server, checking each answer against the spec as it goes."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.seen: set[tuple[str, str, str]] = set()

    def call(
        self,
        method: str,
        route: str,
        path: str | None = None,
        token: str | None = None,
        key: str | None = None,
        body: object = None,
    ) -> requests.Response:
        headers = {}
        if token is not None:
            headers["Case-Token"] = token
        if key is not None:
            headers["Idempotency-Key"] = key
        resp = requests.request(
            method, self.url + (path or route), headers=headers, json=body, timeout=5
        )
        op = SPEC["paths"][route][method.lower()]
        code = str(resp.status_code)
        documented = op["responses"].get(code) or op["responses"].get(code[0] + "XX")
        assert documented, f"{method} {route} answered {code}, not in the spec"
        if "$ref" in documented:
            documented = SPEC["components"]["responses"][documented["$ref"].rsplit("/", 1)[1]]
        for header in documented.get("headers", {}):
            assert header in resp.headers, f"{method} {route} {code} lacks {header}"
        schema_ref = documented["content"]["application/json"]["schema"]["$ref"]
        _validate(resp.json(), schema_ref.rsplit("/", 1)[1])
        self.seen.add((route, method.lower(), code))
        return resp


def _submission(hs: HashSet) -> dict[str, Any]:
    client = CaseApiClient(Endpoint("caseapi", "http://127.0.0.1:1"))
    plan = client.plan(hs, new_token(), include_low_quality=True)
    return dict(plan.units[0].body)


def test_every_route_behaves_as_documented(server: ReferenceServer) -> None:
    api = Api(server.url)
    token = new_token().value
    hs = HashSet([photo_item(1), photo_item(2, quality=10), video_item(3)])
    body = _submission(hs)
    _validate(body, "Submission")  # what the client sends is what the spec says

    assert api.call("GET", "/v1/health").status_code == 200
    first = api.call("POST", "/v1/case/hashes", token=token, key="k" * 16, body=body)
    assert first.status_code == 201
    again = api.call("POST", "/v1/case/hashes", token=token, key="k" * 16, body=body)
    assert again.status_code == 200 and again.json() == first.json()
    other = {"hashes": body["hashes"][:1]}
    assert (
        api.call("POST", "/v1/case/hashes", token=token, key="k" * 16, body=other).status_code
        == 409
    )
    status = api.call("GET", "/v1/case", token=token)
    assert len(status.json()["hashes"]) == len(body["hashes"])
    hid = first.json()["hashes"][0]["id"]
    one = f"/v1/case/hashes/{hid}"
    assert api.call("DELETE", "/v1/case/hashes/{hash_id}", one, token=token).json() == {
        "withdrawn": 1
    }
    assert api.call("DELETE", "/v1/case/hashes/{hash_id}", one, token=token).json() == {
        "withdrawn": 0
    }
    assert api.call("DELETE", "/v1/case", token=token).json() == {
        "withdrawn": len(body["hashes"]) - 1
    }
    withdrawn = api.call("GET", "/v1/case", token=token).json()["hashes"]
    assert {h["state"] for h in withdrawn} == {"withdrawn"} and all(
        "withdrawn" in h for h in withdrawn
    )

    # Errors, each documented for its route.
    stranger = new_token().value
    assert api.call("GET", "/v1/case", token=stranger).status_code == 404
    assert api.call("DELETE", "/v1/case", token=stranger).status_code == 404
    missing = "/v1/case/hashes/h_0000000000000000"
    assert api.call("DELETE", "/v1/case/hashes/{hash_id}", missing, token=token).status_code == 404
    assert api.call("GET", "/v1/case").status_code == 401
    assert api.call("GET", "/v1/case", token="bad token!").status_code == 400
    assert api.call("POST", "/v1/case/hashes", token=token, body=body).status_code == 400
    bad_field = {"hashes": [{**body["hashes"][0], "filename": "maria.jpg"}]}
    assert (
        api.call("POST", "/v1/case/hashes", token=token, key="x" * 9, body=bad_field).status_code
        == 400
    )
    upper = {"hashes": [{**body["hashes"][0], "value": str(body["hashes"][0]["value"]).upper()}]}
    # Hex is lowercase, as in HMA: uppercase is refused.
    assert body["hashes"][0]["type"] == "pdq"
    assert (
        api.call("POST", "/v1/case/hashes", token=token, key="u" * 9, body=upper).status_code == 400
    )
    dark: dict[str, Any] = {}
    dark["hashes"] = [
        {
            "ref": "ab" * 8,
            "media": "video",
            "type": "vpdq",
            "value": json.dumps(["0" * 64 + ",10,0.000"]),
        }
    ]
    assert (
        api.call("POST", "/v1/case/hashes", token=token, key="d" * 9, body=dark).status_code == 422
    )

    # Every route and method of the spec was exercised; nothing else answers.
    spec_ops = {(r, m) for r, ops in SPEC["paths"].items() for m in ops if m in METHODS}
    assert {(r, m) for r, m, _ in api.seen} == spec_ops
    for route, ops in SPEC["paths"].items():
        concrete = route.replace("{hash_id}", "h_0123456789abcdef")
        for method in METHODS:
            if method in ops:
                continue
            resp = requests.request(
                method.upper(), server.url + concrete, headers={"Case-Token": token}, timeout=5
            )
            assert resp.status_code in (404, 405, 501), (route, method, resp.status_code)
    assert requests.get(server.url + "/v2/case", timeout=5).status_code == 404


def test_field_sets_and_limits_agree() -> None:
    schemas = SPEC["components"]["schemas"]
    # The reference server takes caseapi.HASH_TYPES (one list for the client and the server).
    assert tuple(schemas["HashType"]["enum"]) == caseapi.HASH_TYPES
    assert schemas["Submission"]["properties"]["hashes"]["maxItems"] == reference_server.MAX_HASHES
    # Every field the client can send is in HashIn, and HashIn has nothing the client lacks.
    hs = HashSet([photo_item(1, variants=("rotate90",)), video_item(2)])
    sent = {k for h in _submission(hs)["hashes"] for k in h}
    assert sent == set(schemas["HashIn"]["properties"])
    assert SPEC["openapi"].startswith("3.1")
    params = SPEC["components"]["parameters"]
    assert params["CaseToken"]["name"] == "Case-Token"
    assert params["IdempotencyKey"]["name"] == "Idempotency-Key"


def test_the_client_plans_within_the_documented_limits() -> None:
    """One home for the limits (caseapi.py): the spec states them, the server enforces
    them, and a large robust submission is planned in units the spec accepts."""
    limits = SPEC["info"]["x-limits"]
    assert limits["maxHashesPerRequest"] == caseapi.MAX_HASHES_PER_REQUEST
    assert limits["maxHashesPerCase"] == caseapi.MAX_HASHES_PER_CASE
    assert limits["maxBodyBytes"] == caseapi.MAX_REQUEST_BYTES
    assert reference_server.MAX_BODY_VALUES == caseapi.MAX_REQUEST_VALUES
    schemas = SPEC["components"]["schemas"]
    # Every PDQ variant a document may name fits the field that carries it.
    longest = max(len(v) for v in PDQ_VARIANTS)
    assert longest <= schemas["HashIn"]["properties"]["variant"]["maxLength"]
    client = CaseApiClient(Endpoint("caseapi", "http://127.0.0.1:1"))
    plan = client.plan(HashSet([robust_item(n) for n in range(1, 301)]), new_token())
    assert len(plan.units) == 2
    for unit in plan.units:
        _validate(dict(unit.body), "Submission")
        body = json.dumps(dict(unit.body), separators=(",", ":")).encode()
        assert len(body) <= caseapi.MAX_REQUEST_BYTES
        assert values_bound(body) <= caseapi.MAX_REQUEST_VALUES


def test_every_token_the_app_makes_fits_the_spec() -> None:
    pattern = SPEC["components"]["parameters"]["CaseToken"]["schema"]
    for _ in range(50):
        jsonschema.validate(new_token().value, pattern)
    for other in ("123456", "NGO-CASE-0042", new_token().value.lower()):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(other, pattern)


def test_the_documented_limits_are_the_servers() -> None:
    limits = SPEC["info"]["x-limits"]
    guesses = GuessLimits()
    assert limits == {
        "failedLookupsPerAddress": guesses.per_address,
        "perAddressSecondsPerFailure": guesses.per_address_seconds,
        "failedLookupsOverall": guesses.overall,
        "overallSecondsPerFailure": guesses.overall_seconds,
        "maxBodyBytes": reference_server.MAX_BODY_BYTES,
        "maxHashesPerRequest": reference_server.MAX_HASHES,
        "maxHashesPerCase": reference_server.MAX_CASE_HASHES,
    }
    # Every route that takes a case token says it may answer 429.
    for route, ops in SPEC["paths"].items():
        for method, op in ops.items():
            takes_token = any(
                p.get("$ref", "").endswith("/CaseToken") for p in op.get("parameters", [])
            )
            assert ("429" in op["responses"]) == takes_token, (route, method)


def test_every_route_may_answer_429_as_documented() -> None:
    clock = [0.0]
    limits = GuessLimits(per_address=1, per_address_seconds=60)
    with ReferenceServer(limits=limits, clock=lambda: clock[0]) as srv:
        api = Api(srv.url)
        token = new_token().value
        assert api.call("GET", "/v1/case", token=token).status_code == 404
        one = "/v1/case/hashes/h_0123456789abcdef"
        for method, route, path in (
            ("GET", "/v1/case", None),
            ("DELETE", "/v1/case", None),
            ("DELETE", "/v1/case/hashes/{hash_id}", one),
            ("POST", "/v1/case/hashes", None),
        ):
            resp = api.call(method, route, path, token=token, key="k" * 10, body={"hashes": []})
            assert resp.status_code == 429 and resp.headers["Retry-After"] == "60"


def test_client_round_trip_matches_spec(server: ReferenceServer) -> None:
    client = CaseApiClient(Endpoint("caseapi", server.url))
    token = new_token()
    plan = client.plan(sample_hashset(), token)
    entries = client.send_unit(plan.units[0], token, "idem-key-0001")
    assert len(entries) == plan.hash_count
    assert all(e.remote_id.startswith("h_") for e in entries)


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=70),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=6)
    ),
    max_leaves=30,
)
_hashish = st.fixed_dictionaries(
    {},
    optional={
        "ref": st.sampled_from(["ab" * 8, "AB" * 8, "x", ""]) | _json,
        "media": st.sampled_from(["image", "video", "audio"]) | _json,
        "type": st.sampled_from(["pdq", "md5", "sha256", "vpdq", "phash", "dhash", "tmk"]),
        "value": st.sampled_from(["0" * 64, "f" * 32, "[]", '["' + "0" * 64 + ',90,0.000"]'])
        | _json,
        "quality": _json,
        "variant": _json,
    },
)


FUZZ_TOKEN = new_token().value


@given(st.one_of(_json, st.builds(lambda hs: {"hashes": hs}, st.lists(_hashish, max_size=4))))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_fuzz_submissions_get_documented_answers(server: ReferenceServer, body: object) -> None:
    api = Api(server.url)
    resp = api.call(
        "POST", "/v1/case/hashes", token=FUZZ_TOKEN, key=secrets.token_hex(8), body=body
    )
    assert resp.status_code in (200, 201, 400, 413, 422)
