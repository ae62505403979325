import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersByClass, type ClassAnswer } from '../../../src/core/announce/answers-by-class';
import type { Family } from '../../../src/core/plan';

const family = (n: number, className: string | undefined, email = `ph${n}@gmail.com`): Family => ({
  row: n + 1,
  id: `PH${n}`,
  parentName: `Phụ huynh ${n}`,
  email,
  ...(className === undefined ? {} : { className }),
});
const answer = (email: string, childClass?: string, who?: string): ClassAnswer => ({
  email,
  responseId: `R-${email}-${childClass ?? ''}-${who ?? ''}`,
  ...(childClass === undefined ? {} : { childClass }),
  ...(who === undefined ? {} : { who }),
});
const staff = [{ email: 'gv1@mn2010.edu.vn' }];

describe('answers by class', () => {
  it('counts each family once in its class, in the order the sheet names the classes', () => {
    const families = [family(1, 'Lá 1'), family(2, 'Chồi 2'), family(3, 'Lá 1'), family(4, 'Mầm 3')];
    const result = answersByClass(families, staff, [
      answer('ph1@gmail.com', 'Lá 1'),
      answer('PH1@gmail.com'), // the same family again, on the other form
      answer('ph1@gmail.com', 'Lá 1'), // a duplicate submit
      answer('ph3@gmail.com'), // no class answered: the tab's class
      answer('ph2@gmail.com', 'Lá 1'), // a wrong class: the tab is the teacher's list
      answer('gv1@mn2010.edu.vn'), // staff
      answer('gv2@mn2010.edu.vn', undefined, 'CB-GV-NV'),
    ]);
    expect(result.classes).toEqual([
      { kind: 'class', name: 'Lá 1', families: 2, answered: 2 },
      { kind: 'class', name: 'Chồi 2', families: 1, answered: 1 },
      { kind: 'class', name: 'Mầm 3', families: 1, answered: 0 },
    ]);
    expect(result.unclassedAnswers).toBe(0);
  });

  it('counts families without a class together, and a class only answers name on its own, flagged', () => {
    const families = [family(1, 'Lá 1'), family(2, undefined), family(3, '   ')];
    const result = answersByClass(families, staff, [
      answer('ph2@gmail.com'),
      answer('new@gmail.com', 'Lá 9'),
      answer('other@gmail.com', 'la 1'), // not listed, but names a listed class
      answer('lost@gmail.com', undefined, 'Phụ huynh'),
      answer('resident@gmail.com', undefined, 'Người dân'),
      answer('', undefined),
      answer('', undefined),
    ]);
    expect(result.classes).toEqual([
      { kind: 'class', name: 'Lá 1', families: 1, answered: 1 },
      { kind: 'unclassed', name: '', families: 2, answered: 1 },
      { kind: 'unlisted', name: 'Lá 9', families: 0, answered: 1 },
    ]);
    // lost@… and the one response without an address (its two submits share an id).
    expect(result.unclassedAnswers).toBe(2);
  });

  it('shows a class name with emoji or 200 characters the way the kit does', () => {
    const long = 'Lớp Lá '.repeat(30).slice(0, 200);
    const families = [family(1, '🌸 Lá 1 🌸'), family(2, long), family(3, '🌸')];
    const result = answersByClass(
      families,
      [],
      [
        answer('x@gmail.com', '🌸 Lá 1 🌸'),
        answer('y@gmail.com', long),
        answer('z@gmail.com', '🌸'),
        answer('w@gmail.com', '🌼'), // folds to nothing too, yet is another class
      ],
    );
    const names = result.classes.map((c) => c.name);
    expect(names[0]).toBe('🌸 Lá 1 🌸');
    expect([...names[1]!]).toHaveLength(60);
    expect(names[1]!.endsWith('…')).toBe(true);
    expect(result.classes.map((c) => [c.kind, c.answered])).toEqual([
      ['class', 1],
      ['class', 1],
      ['class', 1],
      ['unlisted', 1],
    ]);
  });

  it('counts a parent of two classes in the class the answer names', () => {
    const families = [family(1, 'Lá 1', 'p@gmail.com'), family(2, 'Chồi 2', 'p@gmail.com')];
    const result = answersByClass(families, [], [answer('p@gmail.com', 'Chồi 2')]);
    expect(result.classes.map((c) => c.answered)).toEqual([0, 1]);
  });
});

const CLASSES = ['Lá 1', 'Lá 2', 'Chồi 1', 'Mầm 🌱', undefined];

/** A "Phụ huynh" tab and answers that all come from its families (any form, any number of times). */
const tabAndAnswers = fc
  .array(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 30 })
  .chain((classes) => {
    const families = classes.map((c, i) => family(i + 1, c));
    return fc.record({
      families: fc.constant(families),
      answers: fc.array(
        fc.record({
          at: fc.integer({ min: 0, max: families.length - 1 }),
          named: fc.boolean(),
          upper: fc.boolean(),
        }),
        { maxLength: 60 },
      ),
    });
  });

describe('answers by class, whatever the tab and the answers', () => {
  it('never has more answered than families in a class, and each answering family once in all', () => {
    fc.assert(
      fc.property(tabAndAnswers, ({ families, answers }) => {
        const given = answers.map(({ at, named, upper }) => {
          const f = families[at]!;
          return answer(upper ? f.email!.toUpperCase() : f.email!, named ? f.className : undefined);
        });
        const result = answersByClass(families, staff, given);
        for (const c of result.classes) expect(c.answered).toBeLessThanOrEqual(c.families);
        const distinct = new Set(answers.map((a) => a.at)).size;
        expect(result.classes.reduce((n, c) => n + c.answered, 0)).toBe(distinct);
        expect(result.unclassedAnswers).toBe(0);
      }),
    );
  });

  it('lists the classes in the order the sheet first names them', () => {
    fc.assert(
      fc.property(tabAndAnswers, ({ families }) => {
        const firstSeen: string[] = [];
        for (const f of families) {
          const name = f.className?.trim() ? f.className : '';
          if (!firstSeen.includes(name)) firstSeen.push(name);
        }
        const result = answersByClass(families, [], []);
        expect(result.classes.map((c) => c.name)).toEqual(firstSeen);
        expect(result.classes.reduce((n, c) => n + c.families, 0)).toBe(families.length);
      }),
    );
  });

  it('counts every respondent once, whatever they answered, listed or not', () => {
    const emails = fc.constantFrom('a@x.vn', 'b@x.vn', 'c@x.vn', 'ph1@gmail.com', 'ph2@gmail.com', '');
    const classes = fc.constantFrom('Lá 1', 'Lá 9', 'x', '', '🌼');
    fc.assert(
      fc.property(
        fc.array(fc.record({ email: emails, childClass: classes, id: fc.integer({ min: 0, max: 3 }) }), {
          maxLength: 40,
        }),
        (rows) => {
          const families = [family(1, 'Lá 1'), family(2, undefined)];
          const given = rows.map((r) => ({
            email: r.email,
            childClass: r.childClass,
            responseId: `R${r.id}`,
          }));
          const result = answersByClass(families, [], given);
          const respondents = new Set(rows.map((r) => (r.email === '' ? `r:R${r.id}` : r.email)));
          const total = result.classes.reduce((n, c) => n + c.answered, 0) + result.unclassedAnswers;
          expect(total).toBe(respondents.size);
        },
      ),
    );
  });
});
