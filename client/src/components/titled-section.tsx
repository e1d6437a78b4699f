import { useId, type ReactNode } from 'react';

/** A block of a screen under its h2, named by it for screen readers' landmarks. */
export function TitledSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
