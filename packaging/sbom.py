"""The bundle's software bill of materials: CycloneDX 1.6 JSON, the same bytes on every build.

Made with cyclonedx-python-lib from the component list (``components.py``): the
app, Python, the bootloader, every Python distribution and every native library
a wheel carries (with its SHA-256). The timestamp is SOURCE_DATE_EPOCH and the
serial number is derived from the app's version and the list itself, so two
builds of the same commit give the same file.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from components import Component


def _component(component: Component) -> Any:
    from cyclonedx.model import HashAlgorithm, HashType, Property
    from cyclonedx.model.component import Component as CdxComponent
    from cyclonedx.model.component import ComponentType
    from cyclonedx.model.license import DisjunctiveLicense, LicenseExpression
    from packageurl import PackageURL

    licence: Any
    try:
        from license_expression import get_spdx_licensing

        get_spdx_licensing().parse(component.license, validate=True, strict=True)
        licence = LicenseExpression(component.license)
    except Exception:  # not an SPDX expression: kept as the project words it
        licence = DisjunctiveLicense(name=component.license)
    properties = (
        [Property(name="bundled-inside", value=component.inside)] if component.inside else []
    )
    return CdxComponent(
        name=component.name,
        version=component.version,
        type=ComponentType(component.kind),
        bom_ref=f"{component.inside + '/' if component.inside else ''}{component.name}@{component.version}",
        purl=PackageURL.from_string(component.purl) if component.purl else None,
        licenses=[licence],
        hashes=[HashType(alg=HashAlgorithm.SHA_256, content=component.sha256)]
        if component.sha256
        else [],
        properties=properties,
    )


def sbom_json(app: Component, components: list[Component], epoch: int) -> str:
    from cyclonedx.model.bom import Bom, BomMetaData
    from cyclonedx.output.json import JsonV1Dot6

    listing = json.dumps([[c.name, c.version, c.inside, c.sha256] for c in components])
    serial = uuid.uuid5(uuid.NAMESPACE_URL, f"{app.name}/{app.version}/{listing}")
    root = _component(app)
    parts = [_component(c) for c in components]
    bom = Bom(
        serial_number=serial,
        metadata=BomMetaData(component=root, timestamp=datetime.fromtimestamp(epoch, tz=UTC)),
        components=parts,
    )
    bom.register_dependency(root, parts)  # all of them ship inside the app
    text: str = JsonV1Dot6(bom).output_as_string(indent=1)
    return text + "\n"


def write_sbom(app: Component, components: list[Component], epoch: int, target: Path) -> None:
    target.write_text(sbom_json(app, components, epoch), encoding="utf-8")
