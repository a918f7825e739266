"""Setting a lab up: a fresh work folder and token, its ports, the shared base, its helper images,
its containers and registry. Every id is recorded with the attempt the moment it exists, so an app
killed halfway leaves nothing that the next start or reset cannot find."""

from __future__ import annotations

import secrets
import shutil
import time
from pathlib import Path
from typing import Any, Callable

from docker.errors import APIError, ImageNotFound, NotFound

from quizapp.core.labs import assets
from quizapp.core.labs.errors import LabError
from quizapp.core.labs.model import Lab
from quizapp.core.labs.ownership import LAB_LABEL, TOKEN_LABEL, Holdings, without_registry


def fresh_workdir(lab: Lab, workdir: Path, params: dict[str, Any]) -> None:
    """The lab's files copied into `workdir`, `{token}` and `{workdir}` filled in."""
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    src = lab.files_dir
    if src is None or not src.is_dir():
        return
    for path in sorted(src.rglob("*")):
        target = workdir / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            target.write_bytes(data)
        else:
            for key in ("token", "workdir"):
                text = text.replace("{" + key + "}", str(params[key]))
            target.write_text(text, encoding="utf-8")
        target.chmod(path.stat().st_mode & 0o777)


def choose_params(lab: Lab, workdir: Path) -> dict[str, Any]:
    """The lab's parameters for a new attempt: free ports, a fresh token, the work folder."""
    params: dict[str, Any] = dict(lab.params)
    taken: set[int] = set()
    for key in lab.ports:
        if key in ("registry", "auth_registry"):
            continue
        params[key] = assets.choose_port(int(params[key]), taken)
        taken.add(params[key])
    params["token"] = "qz" + secrets.token_hex(5)
    params["workdir"] = str(workdir)
    return params


def set_up(client, lab: Lab, params: dict[str, Any], holdings: Holdings, save: Callable[[], None], images_dir: Path) -> None:
    """Make what the lab needs, saving `holdings` after each thing made. `params` gains the
    registry's values."""
    workdir = Path(params["workdir"])
    if lab.setup.registry:
        kind = lab.setup.registry
        key = "registry" if kind == "plain" else "auth_registry"
        taken = {int(params[k]) for k in lab.ports if k in params and k not in ("registry", "auth_registry")}
        reg = assets.ensure_registry(client, kind, int(params.get(key, 5000 if kind == "plain" else 5001)), taken)
        params.update(reg.params())
        holdings.registry = kind
        save()
    fresh_workdir(lab, workdir, params)
    assets.ensure_base(client)
    for name in lab.setup.images:
        ref, image_id = assets.build_helper_image(client, images_dir, name)
        holdings.images[ref] = image_id
        assets.record_made(image_id)
        save()
    for tag, folder in lab.setup.build.items():
        # No extra label: a learner who rebuilds the same folder gets this very image (cache).
        image = assets.build_folder(client, workdir / folder, tag, {})
        holdings.images[tag] = image.id
        assets.record_made(image.id)
        save()
    for spec in lab.setup.containers:
        ports = {f"{cport}/tcp": int(params[pname]) for cport, pname in spec.ports.items()}
        kwargs = dict(name=spec.name, ports=ports, tty=spec.tty, stdin_open=spec.stdin_open, labels={LAB_LABEL: lab.id}, detach=True)
        c = client.containers.create(spec.image, **kwargs)
        holdings.containers[spec.name] = c.id
        assets.record_made(c.id)
        save()
        if spec.start:
            c.start()
    # The daemon stamps events with the host's wall clock; checks compare with this.
    holdings.since = time.time()
    save()


def take_back_or_refuse(client, lab: Lab, names: tuple[set[str], set[str]], earlier_ids: set[str], held: dict[str, str]) -> list[str]:
    """Before set-up: whatever holds a name this lab needs is removed when a lab set-up made it
    (`earlier_ids`: recorded with this lab's earlier attempts, and machine-wide as set-up made
    them) or it was built from a lab's folder (its token label); a name another open lab holds (`held`: name or id -> lab) or the learner's own thing
    stops the start with the command that clears it. Returns what was taken back."""
    container_names, image_names = names
    taken_back: list[str] = []
    for name in sorted(container_names):
        try:
            c = client.containers.get(name)
        except NotFound:
            continue
        if c.name != name:
            continue
        owner = held.get(name) or held.get(c.id)
        if owner:
            raise LabError(
                f"실습 {owner}에서 쓰고 있는 컨테이너입니다({name}). 먼저 정리하세요: quizapp lab reset {owner}",
                f"Container {name} belongs to lab {owner}. Reset that lab first: quizapp lab reset {owner}",
            )
        if c.id not in earlier_ids and (c.labels or {}).get(LAB_LABEL) != lab.id:
            image = c.attrs["Config"].get("Image")
            raise LabError(
                f"이름이 {name}인 컨테이너({c.short_id}, 이미지 {image})는 이 실습이 만든 것이 아닙니다. "
                f"필요 없으면 지우거나(docker rm -f {name}) 이름을 바꾸세요(docker rename {name} 다른-이름).",
                f"The container name {name} is held by a container this lab did not make ({c.short_id}, image {image}). "
                f"Remove it if you do not need it (docker rm -f {name}) or rename it (docker rename {name} other-name).",
            )
        c.remove(force=True, v=True)
        taken_back.append(f"container {name}")
    for ref in sorted(image_names):
        try:
            img = client.images.get(ref)
        except (ImageNotFound, APIError):
            continue
        if without_registry(ref) == assets.BASE_REF:
            continue
        owner = held.get(ref) or held.get(img.id)
        if owner:
            raise LabError(
                f"실습 {owner}에서 쓰고 있는 이미지입니다({ref}). 먼저 정리하세요: quizapp lab reset {owner}",
                f"Image {ref} belongs to lab {owner}. Reset that lab first: quizapp lab reset {owner}",
            )
        if img.id not in earlier_ids and not (img.labels or {}).get(TOKEN_LABEL):
            raise LabError(
                f"이름이 {ref}인 이미지({img.short_id})는 이 실습이 만든 것이 아닙니다. 필요 없으면 지우거나(docker rmi {ref}) 다른 태그를 붙이세요.",
                f"The image name {ref} is held by an image this lab did not make ({img.short_id}). Remove it if you do not need it (docker rmi {ref}) or tag it differently.",
            )
        # The image is the lab's: so are the containers made from it.
        for entry in client.api.containers(all=True, filters={"ancestor": img.id}):
            if entry.get("ImageID") == img.id:
                try:
                    client.api.remove_container(entry["Id"], force=True, v=True)
                except NotFound:
                    pass
        try:
            client.images.remove(ref)
            taken_back.append(f"image {ref}")
        except NotFound:
            pass
        except APIError as exc:
            raise LabError(f"이전 실습이 남긴 이미지를 지우지 못했습니다({ref}): {exc}", f"Could not remove {ref} left by an earlier lab: {exc}") from None
    return taken_back
