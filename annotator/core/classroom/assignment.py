"""A one-to-one assignment of highlights to claims that earns the most credit.

The candidate pairs split into connected groups (highlights and claims linked by a pair), almost
all of a single pair, which is then simply taken; the rare larger groups are solved exactly with
the Hungarian algorithm. "The best pair first" (greedy) can lose credit: with claim A worth 2 and
claim B worth 1, a highlight that could earn either and another that could earn only B, greedy
may give the first to B and leave A unearned.
"""

from __future__ import annotations

Pair = tuple[int, int, float, float]  # (highlight, claim, credit, tie-breaker in [0, 1])


def assign(pairs: list[Pair]) -> list[Pair]:
    """A one-to-one subset of ``pairs``: the most total credit, then the most total tie-breaker.

    Ties between equally good assignments are broken the same way every time (by the order of
    the highlights and of the claims), so that grading the same work again gives the same result.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:  # path compression
            parent[node], node = root, parent[node]
        return root

    for a, k, _, _ in pairs:
        for node in (("a", a), ("k", k)):
            parent.setdefault(node, node)
        root_a, root_k = find(("a", a)), find(("k", k))
        if root_a != root_k:
            parent[root_a] = root_k

    components: dict[tuple[str, int], list[Pair]] = {}
    for pair in pairs:
        components.setdefault(find(("k", pair[1])), []).append(pair)

    chosen: list[Pair] = []
    for component in components.values():
        if len(component) == 1:
            chosen.extend(component)
            continue
        rows = sorted({a for a, _, _, _ in component})
        cols = sorted({k for _, k, _, _ in component})
        transpose = len(rows) > len(cols)  # the Hungarian solver wants rows <= columns
        if transpose:
            rows, cols = cols, rows
        row_of = {node: i for i, node in enumerate(rows)}
        col_of = {node: j for j, node in enumerate(cols)}
        # Credit first: a thousandth of a point outweighs any total of tie-breakers (each at most
        # 1, at most len(rows) of them). Non-pairs cost 0, pairs less than 0.
        scale = 1000 * (len(rows) + 1)
        cost = [[0.0] * len(cols) for _ in rows]
        pair_of: dict[tuple[int, int], Pair] = {}
        for pair in component:
            a, k, credit, tie = pair
            i, j = (row_of[k], col_of[a]) if transpose else (row_of[a], col_of[k])
            cost[i][j] = -(scale * credit + tie)
            pair_of[i, j] = pair
        for i, j in enumerate(hungarian(cost)):
            if (i, j) in pair_of:
                chosen.append(pair_of[i, j])
    return chosen


def hungarian(cost: list[list[float]]) -> list[int]:
    """The column assigned to each row in a minimum-cost assignment; needs rows <= columns.

    The classic O(rows² · columns) shortest-augmenting-path form with potentials. Components are
    small (a handful of overlapping spans), so this is never the slow part of grading.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)  # row potentials
    v = [0.0] * (m + 1)  # column potentials
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        j0 = 0
        min_v = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < min_v[j]:
                        min_v[j], way[j] = reduced, j0
                    if min_v[j] < delta:
                        delta, j1 = min_v[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    min_v[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assigned = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assigned[owner[j] - 1] = j - 1
    return assigned
