import { describe, expect, it } from 'vitest';
import { gradeAnswer, suggestFor } from '../../src/core/grader/index.js';
import { numbersIn } from '../../src/core/grader/judge.js';
import { readAnswer, sentences } from '../../src/core/grader/text.js';
import { gradeReview } from '../../src/core/grader/item.js';
import { auc, graderFigures } from '../../src/core/grader/metrics.js';
import type { KeyPoint, Misconception, SynonymsFile } from '../../src/core/schema.js';

const kp = (point: string, evidence: string[], extra: Partial<KeyPoint> = {}): KeyPoint => ({ point, evidence, ...extra });
const synonyms: SynonymsFile = {
  groups: [
    { terms: ['reduce', 'lower', 'cut'], scope: 'both' },
    { terms: ['increase', 'raise'], scope: 'both' },
    { terms: ['underfit', 'too simple', 'too rigid'], scope: 'both' },
    { terms: ['overfit', 'too complex'], scope: 'both' },
    { terms: ['cv', 'cross-validation'], scope: 'search' },
  ],
  opposites: [['reduce', 'increase'], ['underfit', 'overfit'], ['bias', 'variance']],
};
const grade = (answer: string, keyPoints: KeyPoint[], misconceptions: Misconception[] = [], prompt = '') =>
  gradeAnswer(answer, { keyPoints, misconceptions, prompt }, { synonyms });

describe('sentences and clauses', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['Use e.g. a threshold of 0.5 here. Then stop.', ['Use e.g. a threshold of 0.5 here.', 'Then stop.']],
    ['- first point\n- second point', ['first point', 'second point']],
    ['Bias is error from a model\nthat is too simple.\nVariance is sensitivity', ['Bias is error from a model that is too simple.', 'Variance is sensitivity']],
    ['bias: underfitting\nVariance: overfitting', ['bias: underfitting', 'Variance: overfitting']],
    ['first paragraph\n\nsecond one', ['first paragraph', 'second one']],
  ])('%j', (text, want) => expect(sentences(text)).toEqual(want));

  it('"unless" and "until" end a negation', () => {
    const [s] = readAnswer("SGD won't converge unless you decay the learning rate");
    expect(s!.toks.filter((t) => t.neg).map((t) => t.raw)).toEqual(['converge']);
  });
  it('marks negation to the end of its clause', () => {
    const [s] = readAnswer('It does not reduce variance, but it lowers bias.');
    const neg = Object.fromEntries(s!.toks.map((t) => [t.raw, t.neg]));
    expect(neg).toMatchObject({ reduce: true, variance: true, lowers: false, bias: false });
  });
  it('"non-negative", "non convex" and no_grad are words, not negations', () => {
    const [a] = readAnswer('Singular values are non-negative; log loss is non convex; no_grad saves memory');
    expect(a!.toks.map((t) => [t.raw, t.neg])).toEqual([['singular', false], ['values', false], ['are', false], ['nonnegative', false], ['log', false], ['loss', false], ['is', false], ['nonconvex', false], ['nograd', false], ['saves', false], ['memory', false]]);
  });
  it('"no more than" and "not less than" state a bound, not a negation', () => {
    const [s] = readAnswer('Page no more than five times a week; keep recall not less than 0.9.');
    expect(s!.toks.filter((t) => t.neg)).toEqual([]);
    const [t] = readAnswer('It is no longer supported.');
    expect(t!.toks.filter((x) => x.neg).map((x) => x.raw)).toEqual(['longer', 'supported']);
  });
  it('"not only" is no negation; "rather than" denies what follows', () => {
    const [a] = readAnswer('It not only reduces variance');
    expect(a!.toks.find((t) => t.raw === 'reduces')!.neg).toBe(false);
    const [b] = readAnswer('Boosting reduces bias rather than variance');
    expect(b!.toks.find((t) => t.raw === 'variance')!.neg).toBe(true);
    expect(b!.toks.find((t) => t.raw === 'bias')!.neg).toBe(false);
    const [c] = readAnswer("Rather than per-tensor scales I'd use per-channel scales");
    expect(c!.toks.filter((t) => t.neg).map((t) => t.raw)).toEqual(['per', 'tensor', 'scales']);
  });
});

describe('key points', () => {
  const bagging = kp('Bagging reduces variance.', ['reduces variance', 'averaging']);
  it.each([
    ['Bagging reduces variance by averaging many trees.', true, false],
    ['Bagging cuts variance.', true, false], // a synonym inside the phrase
    ['Bagging does not reduce variance.', false, false], // denied: not covered (a wrong claim is for misconceptions)
    ['Bagging increases variance.', false, true], // an opposite term contradicts it
    ['Boosting reduces bias rather than reduces variance.', false, true], // contrast denies it
    ['Gradient boosting fits residuals.', false, false],
  ])('%j: covered %s, contradicted %s', (answer, covered, contradicted) => {
    const p = grade(answer, [bagging]).points[0]!;
    expect([p.covered, p.contradicted]).toEqual([covered, contradicted]);
  });

  it('together: every group in the same sentence', () => {
    const point = kp('Bias shows as underfitting.', ['underfit', 'too simple'], { together: [['bias'], ['underfit', 'too simple']] });
    expect(grade('High bias means the model is too rigid.', [point]).points[0]!.covered).toBe(true);
    expect(grade('Bias is a problem. The model underfits.', [point]).points[0]!.covered).toBe(false);
    const wrong = grade('Bias comes from a model that is too complex.', [point]).points[0]!;
    expect([wrong.covered, wrong.contradicted]).toEqual([false, true]); // the subject with the opposite
  });

  it('a one-word phrase the prompt gives away needs a second in its sentence', () => {
    const point = kp('Dropout zeroes random units in training.', ['dropout', 'random units', 'zero'], {});
    const prompt = 'What does dropout do?';
    expect(grade('Dropout is a technique.', [point], [], prompt).points[0]!.covered).toBe(false);
    expect(grade('Dropout sets random units to zero.', [point], [], prompt).points[0]!.covered).toBe(true);
  });

  it.each([
    ['The AUC of a random classifier is 0.5.', true, false],
    ['A random classifier has an AUC of 50%.', true, false],
    ['A random classifier has an AUC of 0.7.', false, true],
    ['It is 0.5.', false, false], // a number without the subject says nothing
  ])('numbers with tolerance: %j', (answer, covered, contradicted) => {
    const p = grade(answer, [kp('Random guessing gives AUC 0.5.', ['auc', 'random classifier'], { value: 0.5, tolerance: 0.01 })]).points[0]!;
    expect([p.covered, p.contradicted]).toEqual([covered, contradicted]);
  });

  it.each([
    ['Precision and recall trade off against each other.', true], // "and" joins: one segment
    ['Precision matters, but recall trade-offs come later.', false], // "but" ends the segment
    ['We care about precision; recall trade-offs are separate.', false], // ";" ends it
  ])('a phrase never spans two segments: %j covered %s', (answer, covered) => {
    expect(grade(answer, [kp('Precision and recall trade off.', ['precision recall trade'])]).points[0]!.covered).toBe(covered);
  });

  it('the one word allowed inside a phrase may not be a negator or a directional term', () => {
    const point = kp('A pure node has low impurity.', ['most impure'], {});
    const lex = { synonyms: { groups: [{ terms: ['reduce', 'lower'], scope: 'both' as const }, { terms: ['increase', 'raise'], scope: 'both' as const }], opposites: [['reduce', 'increase'] as [string, string]] } };
    const g = (a: string) => gradeAnswer(a, { keyPoints: [point], misconceptions: [], prompt: '' }, lex).points[0]!.covered;
    expect(g('Pick the most impure split.')).toBe(true); // the phrase itself
    expect(g('Pick the split that most reduces impurity.')).toBe(false);
    expect(g('The most clearly impure node.')).toBe(true);
  });

  it.each([
    ['instead of O(n^2)', 'Sort once, so it is O(n log n) instead of O(n^2).', true],
    ['instead of O(n^2)', 'The scan over thresholds is O(n^2).', false], // the denied part said as a claim
    ['ranks rather than raw scores', 'Fuse the ranks rather than the raw scores.', true],
    ['ranks rather than raw scores', 'Fuse the ranks and the raw scores.', false],
    ['ranks rather than raw scores', 'Fuse the raw scores rather than the ranks.', false], // reversed
  ])('evidence %j with a contrast: %j covered %s', (evidence, answer, covered) => {
    expect(grade(answer, [kp('The point.', [evidence])]).points[0]!.covered).toBe(covered);
  });

  it.each([
    ['run it until significant', 'We run it until significant and then stop.', true],
    ['(p - y) x', 'The gradient is (p - y) x for each example.', true],
    ['p(1 - p)', 'Its derivative is p(1 - p).', true],
    ['precision recall', 'Precision matters; recall comes later.', false], // the phrase crosses nothing, so neither may the match
  ])('a phrase that crosses a boundary itself may cross as many: %j in %j -> %s', (evidence, answer, covered) => {
    expect(grade(answer, [kp('The point.', [evidence])]).points[0]!.covered).toBe(covered);
  });

  it('scope: search synonyms never credit an answer', () => {
    expect(grade('I would use cv.', [kp('Use cross-validation.', ['cross-validation', 'k folds'])]).points[0]!.covered).toBe(false);
  });
});

describe('misconceptions', () => {
  const points = [
    kp('Bias is error from over-simple assumptions (underfitting).', ['underfit', 'too simple'], { together: [['bias'], ['underfit', 'too simple']], main: true }),
    kp('Variance is sensitivity to the training sample (overfitting).', ['overfit', 'different sample']),
  ];
  const mis: Misconception[] = [{ claim: 'High bias comes from an over-complex model.', evidence: ['too complex', 'overfit'], contradicts: 0, correction: 'Bias comes from a model too simple for the data.' }];

  it('fires only in a clause that names the subject, and shows the sentence', () => {
    const g = grade('Bias is error from a model that is too complex. Variance is when the model is too rigid.', points, mis);
    expect(g.misconceptions).toEqual([{ claim: mis[0]!.claim, sentence: 'Bias is error from a model that is too complex.', point: 0, correction: mis[0]!.correction }]);
    expect(g.points[0]).toMatchObject({ covered: false, contradicted: true, evidence: 'Bias is error from a model that is too complex.' });
    expect(suggestFor(g, null, null)).toBe('again'); // the main point was contradicted
  });
  it('a correct answer with the same words does not fire', () => {
    const g = grade('Bias means underfitting, whereas variance means the model overfits.', points, mis);
    expect(g.misconceptions).toEqual([]);
    expect(g.coverage).toBe(1);
  });
  it.each([
    'A common myth is that bias comes from a model that is too complex; in fact it comes from one too simple.',
    'People often think bias means the model is too complex, but bias means underfitting.',
  ])('a wrong belief named in order to reject it does not fire: %s', (answer) => {
    const g = grade(answer, points, mis);
    expect(g.misconceptions).toEqual([]);
    expect(g.points[0]!.contradicted).toBe(false);
  });
  it('"I think" is no reported belief', () => {
    expect(grade('I think bias comes from a model that is too complex.', points, mis).misconceptions).toHaveLength(1);
  });
  it('"just" is a word: "it is just X" is a claim that "X" alone is not', () => {
    const m: Misconception[] = [{ claim: 'Focal loss is only a class weight.', evidence: ['just a class weight'], contradicts: 0 }];
    const point = kp('Focal loss down-weights easy examples.', ['easy examples', 'down-weights']);
    expect(grade('Focal loss is just a class weight.', [point], m).misconceptions).toHaveLength(1);
    expect(grade('It is one option next to a class weight; it down-weights easy examples.', [point], m).misconceptions).toHaveLength(0);
  });
  it('a denied misconception does not fire', () => {
    expect(grade('Bias does not come from a model that is too complex; it comes from one too simple.', points, mis).misconceptions).toEqual([]);
  });
  it('each contradicted point halves the coverage, and caps the suggestion at Hard', () => {
    const three = [...points, kp('Regularise to cut variance.', ['regularise', 'more data'])];
    const g = grade('Variance shows as overfitting. Regularise it. Bias is error from a model that is too complex.', three, [{ ...mis[0]!, contradicts: 0 }]);
    expect(g.coverage).toBeCloseTo((2 / 3) * 0.5);
    const minor = grade('Variance is overfitting on a different sample. Regularise. Bias from too simple models does not increase variance.', three, [{ claim: 'x', evidence: ['regularise'], contradicts: 2 }]);
    expect(suggestFor(minor, null, null)).toBe('hard');
  });
});

describe('numbers, reviews, metrics', () => {
  it.each([
    ['AUC of 0.5', [0.5]],
    ['50% of cases', [50, 0.5]],
    ['F1 and L2 are names', []],
    ['1/2 and 1,000', [0.5, 1000]],
    ['about 7k requests, 1.5M users and 2B rows', [7000, 1.5e6, 2e9]],
    ['3x faster on 14GB with 100ms p99', [3, 14, 100]],
    ['a learning rate of 1e-3, or 10^6 steps', [0.001, 1e6]],
    ['a 2D conv, the 3rd layer, GPT-4', []],
    ['about 75 percent, or 5 per cent', [75, 0.75, 5, 0.05]],
  ])('numbersIn(%j)', (text, want) => expect(numbersIn(text)).toEqual(want));

  it('a review finds a bug by its line or by its issue words', () => {
    const bugs = [{ line: 4, issue: 'The scaler is fit on the test set, leaking its statistics.' }, { line: 9, issue: 'The loop never closes the file handle.' }];
    const g = gradeReview('On line 4 you leak. Also the file handle is never closed in that loop.', bugs);
    expect(g.points.map((p) => p.covered)).toEqual([true, true]);
    expect(gradeReview('Looks fine to me.', bugs).coverage).toBe(0);
  });

  it('AUC and the figures', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(auc([0.5], [0.5])).toBe(0.5);
    const f = graderFigures([
      { id: 'a', kind: 'strong', coverage: 0.9, suggested: 'good' },
      { id: 'a', kind: 'wrong', coverage: 0.6, suggested: 'good' },
      { id: 'a', kind: 'offtopic', coverage: 0, suggested: 'again' },
    ]);
    expect(f).toMatchObject({ aucStrongVsWrong: 1, wrongAtLeastHalf: 1, strongBelowHalf: 0, offtopicMean: 0, wrongSuggestedGoodOrEasy: 1 });
  });
});
