"""The words :mod:`annotator.core.text.figures` reads figures with: numbers written as words,
hedges and what each one means, the words for people, and the words that are never a unit.

Kept apart from the reading itself so that the tables can grow (another language, another
hedge) without touching the code. Every key is lower case; a phrase's words are separated by
one space.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen"
NUMBER_WORDS: dict[str, float] = {
    word: float(value) for value, word in enumerate(_words(f"{_ONES} {_TEENS}"))
}
NUMBER_WORDS |= {
    word: float(10 * (index + 2))
    for index, word in enumerate(_words("twenty thirty forty fifty sixty seventy eighty ninety"))
}
NUMBER_WORDS["a dozen"] = 12.0
NUMBER_WORDS["dozen"] = 12.0

# Scales after a number word: "two million". "hundred" multiplies what came before it.
SCALES: dict[str, float] = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# After digits: "3.5 million".
MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}

# Vague quantities: their least value; they never disagree with a number.
VAGUE: dict[str, float] = {
    "dozens": 24.0,
    "scores": 40.0,
    "hundreds": 200.0,
    "thousands": 2e3,
    "tens of thousands": 2e4,
    "hundreds of thousands": 2e5,
    "millions": 2e6,
    "billions": 2e9,
}

# A hedge as written -> what it says about the number.
HEDGES: dict[str, str] = {
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "totaling about": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "at most": "at most",
    "up to": "at most",
    "no more than": "at most",
    "a maximum of": "at most",
    "maximum of": "at most",
    "a maximum capacity of": "at most",
    "maximum capacity of": "at most",
    "a capacity of": "at most",
    "only": "only",
    "just": "only",
    "a mere": "only",
    "exactly": "exactly",
    "precisely": "exactly",
}

# Nouns for people, counted as one unit so that outlets' words for the same people compare.
PEOPLE = frozenset(
    _words(
        "people person persons immigrant immigrants migrant migrants detainee detainees alien "
        "aliens noncitizen noncitizens individual individuals refugee refugees resident "
        "residents citizen citizens national nationals asylum-seeker asylum-seekers"
    )
)

# Words after a number that are not its unit: "8,000 since", "566 had".
STOP_WORDS = frozenset(
    _words(
        "a an the and or but nor of to in on at by for from with without since until after before "
        "during per than as that which who whom whose this these those there here it its is are "
        "was were be been being had has have having do does did will would can could may might "
        "must shall should not no so if then when while where percent"
    )
)

MONTHS = frozenset(
    _words(
        "jan january feb february mar march apr april may jun june jul july aug august sep sept "
        "september oct october nov november dec december"
    )
)
