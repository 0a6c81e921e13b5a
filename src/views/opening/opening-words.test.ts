import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/catalogue';
import { de } from '../../i18n/messages/de';
import { selfHealing } from '../../lessons/content/self-healing';
import { text } from '../../lessons/content/de/self-healing';
import { describeGoal } from '../../lessons/goal-text';
import { translateLesson } from '../../lessons/lesson-text';
import { viewOf } from '../lesson/lesson-view';
import { openingViewIn } from './opening-words';

afterEach(() => setLanguage('en'));

const context = { stepIndex: 1, answers: {}, hintsShown: 1, shownSolution: false, score: undefined };

describe('openingViewIn', () => {
  it("swaps the build's English words for the page language's, keeping the rest of the frame", () => {
    const english = viewOf(selfHealing, 'predicting', context, describeGoal(selfHealing.steps[1]!.goal));
    setLanguage('de', de);
    const view = openingViewIn(translateLesson(selfHealing, text), english);
    expect(view.title).toBe(text.title);
    expect(view.narration).toBe(text.steps['remove-a-player']!.narration);
    expect(view.prediction?.question).toBe(text.steps['remove-a-player']!.predict!.question);
    expect(view.hints).toEqual(text.steps['remove-a-player']!.hints.slice(0, 1));
    expect(view.goalText).toBe(
      'Ein Pod mit dem Label app=band gelöscht und ein neuer an seiner Stelle Ready; 3 Pods Ready mit dem Label app=band',
    );
    expect({ ...view, title: '', narration: '', prediction: undefined, hints: [], goalText: '' }).toEqual({
      ...english,
      title: '',
      narration: '',
      prediction: undefined,
      hints: [],
      goalText: '',
    });
  });
});
