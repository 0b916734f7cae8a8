import type {ReactNode} from 'react';
import {MDXRemote} from 'next-mdx-remote-client/rsc';
import remarkGfm from 'remark-gfm';
import type {Locale} from '@/i18n/routing';
import {HotlineCard} from '@/components/HotlineCard';
import {Glossary} from '@/components/Glossary';

/**
 * The components editors may use in MDX (the content check enforces this list;
 * see componentRules in lib/content/load.ts and content/README.md).
 */

function Callout({kind = 'info', title, children}: {kind?: 'info' | 'warning' | 'safety'; title?: string; children: ReactNode}) {
  return (
    <aside className={`callout callout-${kind}`}>
      {title ? <p className="callout-title">{title}</p> : null}
      {children}
    </aside>
  );
}

function Checklist({children}: {children: ReactNode}) {
  return <div className="checklist">{children}</div>;
}

function Stats({children}: {children: ReactNode}) {
  return <div className="stats">{children}</div>;
}

function Stat({value, children}: {value: string; children: ReactNode}) {
  return (
    <p className="stat">
      <strong className="stat-value">{value}</strong> <span className="stat-label">{children}</span>
    </p>
  );
}

/** Renders an entry's MDX body on the server. Nothing of MDX reaches the browser. */
export function ContentBody({source, locale}: {source: string; locale: Locale}) {
  const components = {
    // Links to other sites are numbered on paper and listed as endnotes (EntryView, globals.css).
    a: ({href, ...props}: {href?: string; children?: ReactNode}) => (
      <a href={href} {...props} data-endnote={href?.startsWith('https://') ? '' : undefined} />
    ),
    Callout,
    Checklist,
    Stats,
    Stat,
    Hotline: ({id}: {id: string}) => <HotlineCard id={id} locale={locale} />,
    Glossary: () => <Glossary locale={locale} />
  };
  return (
    <MDXRemote
      source={source}
      components={components}
      options={{disableImports: true, disableExports: true, mdxOptions: {remarkPlugins: [remarkGfm]}}}
    />
  );
}
