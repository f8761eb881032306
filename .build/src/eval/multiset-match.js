/**
 * Matches gold against predicted items as multisets of keys.
 *
 * @example
 * matchMultiset(['DEU>FRA:19'], ['DEU>FRA:19', 'DEU>FRA:19'], (k) => k).unmatchedPredicted // [1]
 */
export function matchMultiset(gold, predicted, keyOfGold, keyOfPredicted = keyOfGold) {
    const waiting = new Map();
    predicted.forEach((item, index) => {
        const key = keyOfPredicted(item);
        const list = waiting.get(key);
        if (list)
            list.push(index);
        else
            waiting.set(key, [index]);
    });
    const used = new Set();
    const unmatchedGold = [];
    gold.forEach((item, index) => {
        const candidate = waiting.get(keyOfGold(item))?.shift();
        if (candidate === undefined)
            unmatchedGold.push(index);
        else
            used.add(candidate);
    });
    const unmatchedPredicted = predicted.map((_, index) => index).filter((index) => !used.has(index));
    return Object.freeze({ matched: used.size, unmatchedGold, unmatchedPredicted });
}
