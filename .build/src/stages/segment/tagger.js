import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
/**
 * The wink-nlp tagger (English lite web model): sentences, tokens, POS and lemmas.
 *
 * @example
 * createWinkTagger().tag('Iran met Iraq.').lemmas // ['Iran', 'meet', 'Iraq', '.']
 */
export function createWinkTagger() {
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
        tag(text) {
            const doc = nlp.readDoc(text);
            const tokens = doc.tokens();
            return {
                values: tokens.out(its.value),
                // wink's typings give precedingSpaces and lemma an addon signature; at run time they are plain `its` helpers.
                spaces: tokens.out(its.precedingSpaces),
                pos: tokens.out(its.pos),
                lemmas: tokens.out(its.lemma),
                sentences: doc.sentences().out(its.span),
            };
        },
    };
}
