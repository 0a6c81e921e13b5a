// The stand-in LessonHost a lesson's opening frame is drawn with: the panel's first view, fixed.
// The page is inert until the real host (boot-lesson.ts) replaces it, so nothing can reach these
// methods; they answer harmlessly all the same.
import type { LessonHost } from '../lesson/lesson-host';
import type { LessonView } from '../lesson/lesson-view';
import type { Lesson } from '../../lessons/types';

export function createOpeningHost(lesson: Lesson, view: LessonView): LessonHost {
  const nothing = () => undefined;
  return {
    lesson,
    view: () => view,
    subscribe: () => nothing,
    answer: nothing,
    hint: nothing,
    showMe: nothing,
    next: nothing,
    continueSaved: nothing,
    startOver: nothing,
    restart: nothing,
    facts: nothing,
    dispose: nothing,
  };
}
