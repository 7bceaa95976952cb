"""Warning codes the suggester raises (coding-rules.md section 6), with stable codes and fixed messages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WARNING_CODES: dict[str, str] = {
    "THIRD_LEVEL_NOT_COVERED": (
        "a third or further level add-on was suggested; Medicare covers 1-2 levels per region per session "
        "(ABN on file: GA, none: GZ)"
    ),
    "ULTRASOUND_NOT_COVERED": "Category III ultrasound-guided facet codes are not covered by Medicare",
    "NO_IMAGE_GUIDANCE": "facet procedure without documented image guidance: no facet-family line suggested",
    "PULSED_RF_UNLISTED": "pulsed (non-thermal) radiofrequency is not 64633-64636; report as unlisted (64999)",
    "DENERVATION_UNLISTED": "chemical, cryo or laser denervation is not 64633-64636; report as unlisted (64999)",
    "INTENT_NOT_DOCUMENTED": "diagnostic or therapeutic intent is not documented: KX not applied",
    "INTENT_CONFLICT": "procedures billed together have different intents: KX decision needs review",
    "LEVEL_NOT_DOCUMENTED": "facet procedure found but its joints cannot be determined from the note",
    "LATERALITY_NOT_DOCUMENTED": "side of a treated joint is not documented: no RT/LT/50 modifier applied",
    "NON_FACET_PROCEDURE": "a procedure that is not facet-family was recognised; it is not coded here",
    "RFA_GUIDANCE_NOT_CODED": "radiofrequency ablation codes require fluoroscopy or CT guidance",
    "PRIOR_AUTH_REQUIRED": "hospital outpatient department: prior authorization required for 64490-64495, 64633-64636",
}


@dataclass(frozen=True)
class Warning:
    code: str
    message: str
    detail: str | None = None  # e.g. the procedure or joint concerned; never note text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.detail:
            out["detail"] = self.detail
        return out


def make_warning(code: str, detail: str | None = None) -> Warning:
    return Warning(code, WARNING_CODES[code], detail)
