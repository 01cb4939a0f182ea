"""Who handed a submission in: the student's workspace, its submission number and its proof.

Every student database (a *workspace*) makes, once, a random **workspace id** and a random
**secret**, and keeps a **submission counter**. Each submission carries the id, its number (the
counter, raised by one for every submission the workspace writes, whatever the lesson) and a
**proof**: the secret hashed ``CHAIN_LENGTH - number`` times (a hash chain, as in Lamport's
one-time passwords and S/KEY).

The teacher keeps the proof of the last submission imported from a workspace. A later one,
number ``n + k``, is taken as newer only if hashing its proof ``k`` more times gives the proof
kept for number ``n``. Whoever holds the secret (the student's own database) can make the proof
for any higher number; whoever has only earlier submission files cannot, since a hash cannot be
run backwards. So a file copied from a classmate, with its workspace id and a number raised by
hand, never counts as that classmate's newer work; and what is newer is decided by this counter,
never by the clock of the computer that wrote the file.

What the chain does not prove (see docs/submissions.md): that the first submission of a
workspace comes from the student it names (the teacher's roster and their eyes decide that),
nor that a submission's content was not changed by someone holding the file before the teacher
imports it (the proof is not a signature over the content).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass

CHAIN_LENGTH = 100_000  # submissions a workspace can make; the first costs this many hashes
_SEED_LABEL = b"annotator workspace chain v1\0"
_WORKSPACE_ID = re.compile(r"^[0-9a-f]{32}$")
_PROOF = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class WorkspaceStamp:
    """What a submission carries of the workspace that wrote it."""

    workspace_id: str
    number: int  # the workspace's submission counter at this submission, from 1
    proof: str  # 64 hex digits: the secret hashed CHAIN_LENGTH - number times

    def problem(self) -> str | None:
        """Why this stamp cannot be one the app wrote, or None if it can."""
        if not _WORKSPACE_ID.match(self.workspace_id):
            return "its workspace id is not 32 hex digits"
        if not 1 <= self.number < CHAIN_LENGTH:
            return f"its submission number {self.number} is not between 1 and {CHAIN_LENGTH - 1}"
        if not _PROOF.match(self.proof):
            return "its proof is not 64 hex digits"
        return None


def new_workspace_id() -> str:
    return uuid.uuid4().hex


def new_secret() -> str:
    return secrets.token_hex(32)


def stamp(workspace_id: str, secret: str, number: int) -> WorkspaceStamp:
    """The stamp of submission ``number`` of the workspace (its secret never leaves it)."""
    if not 1 <= number < CHAIN_LENGTH:
        raise ValueError(
            f"this workspace has handed in {CHAIN_LENGTH - 1} times, as many as one can: "
            "start a new workspace (a new database) and tell your teacher"
        )
    value = hashlib.sha256(_SEED_LABEL + workspace_id.encode() + bytes.fromhex(secret)).digest()
    value = _hashed(value, CHAIN_LENGTH - number)
    return WorkspaceStamp(workspace_id, number, value.hex())


def follows(newer: WorkspaceStamp, earlier: WorkspaceStamp) -> bool:
    """Whether ``newer`` is a later submission of the workspace that made ``earlier``: same
    workspace, a higher number, and a proof that hashes to the earlier one."""
    if newer.workspace_id != earlier.workspace_id or newer.number <= earlier.number:
        return False
    value = _hashed(bytes.fromhex(newer.proof), newer.number - earlier.number)
    return hmac.compare_digest(value.hex(), earlier.proof)


def _hashed(value: bytes, times: int) -> bytes:
    sha256 = hashlib.sha256
    for _ in range(times):
        value = sha256(value).digest()
    return value


# --- names and ids, as typed -----------------------------------------------------------------


def fold(text: str) -> str:
    """``text`` as compared: composed, case folded, white space collapsed (" MAYA  rossi "
    and "Maya Rossi" are one name)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def claim_of(name: str, student_id: str) -> str:
    """Who a submission says it is from, as compared: the folded name and id together."""
    return f"{fold(name)}\n{fold(student_id)}"


def claimed_id(claim: str) -> str:
    """The folded id of a claim (:func:`claim_of`): "" when the student typed none."""
    return claim.partition("\n")[2]


def name_words(name: str) -> list[str]:
    """The words of a name, folded, accents taken off, punctuation dropped: "Rossi, Maya" and
    "maya ROSSI" give the same words."""
    plain = "".join(
        char
        for char in unicodedata.normalize("NFKD", fold(name))
        if not unicodedata.combining(char)
    )
    return re.findall(r"\w+", plain)


def same_name(one: str, other: str) -> bool:
    """The same words, in any order: "Rossi, Maya" is "Maya Rossi"."""
    words = sorted(name_words(one))
    return bool(words) and words == sorted(name_words(other))


def names_agree(typed: str, listed: str) -> bool:
    """Whether a typed name can be the listed one: every word typed starts a different word of
    the listed name ("Maya R." and "maya" agree with "Rossi, Maya"; "Ivan" does not)."""
    typed_words, listed_words = name_words(typed), name_words(listed)
    if not typed_words:
        return False
    free = list(listed_words)
    for word in sorted(typed_words, key=len, reverse=True):
        match = next((w for w in free if w.startswith(word)), None)
        if match is None:
            return False
        free.remove(match)
    return True


def same_person(name: str, student_id: str, other_name: str, other_claim: str) -> bool:
    """Whether a submission under ``name`` and ``student_id`` can be from the student of an
    earlier one (its name, and its claim): the ids, where both have one, are the same, and one
    name agrees with the other ("Maya R." and "Maya Rossi"; not "Ava" and "Ben", who share a
    computer)."""
    typed, earlier = fold(student_id), claimed_id(other_claim)
    if typed and earlier and typed != earlier:
        return False
    return names_agree(name, other_name) or names_agree(other_name, name)
