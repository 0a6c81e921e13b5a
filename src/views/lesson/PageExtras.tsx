// The masthead's Share (every page) and Embed (lesson pages) buttons.
import type { Session } from '../session/types';
import { EmbedDialog } from './EmbedDialog';
import type { LessonHost } from './lesson-host';
import { ShareButton } from './ShareButton';

export function PageExtras({ session, host }: { session: Session; host?: LessonHost }) {
  const lessonStep = host
    ? () => {
        const facts = host.facts();
        return { lesson: host.lesson.slug, step: host.view().stepIndex, ...(facts ? { facts } : {}) };
      }
    : undefined;
  return (
    <>
      <ShareButton session={session} {...(lessonStep ? { lessonStep } : {})} />
      {host && <EmbedDialog lesson={host.lesson.slug} />}
    </>
  );
}
