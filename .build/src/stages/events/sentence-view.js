export function createSentenceView(tokens, sentence, actors, locatives = []) {
    const first = sentence.firstToken;
    const end = sentence.endToken;
    const unitAt = new Int32Array(end - first).fill(-1);
    const units = [];
    const byPhrase = new Map();
    for (const a of actors) {
        const key = `${a.phrase[0]}:${a.phrase[1]}`;
        const list = byPhrase.get(key);
        if (list)
            list.push(a);
        else
            byPhrase.set(key, [a]);
    }
    for (const members of byPhrase.values()) {
        const [start, stop] = members[0].phrase;
        const index = units.length;
        units.push({ start, end: stop, members });
        for (let t = start; t < stop; t++)
            if (t >= first && t < end)
                unitAt[t - first] = index;
    }
    return { tokens, sentence, first, end, units, unitAt, locatives };
}
export function unitAtToken(view, t) {
    if (t < view.first || t >= view.end)
        return null;
    const u = view.unitAt[t - view.first];
    return u < 0 ? null : view.units[u];
}
