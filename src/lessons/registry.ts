// The lessons in teaching order. Slugs are a contract with course pages (issue 5): never rename.
import { rollouts } from './content/rollouts';
import { scaling } from './content/scaling';
import { selfHealing } from './content/self-healing';
import type { Lesson } from './types';

export const lessons: readonly Lesson[] = [selfHealing, scaling, rollouts];

export function lessonBySlug(slug: string): Lesson | undefined {
  return lessons.find((l) => l.slug === slug);
}
