import type {ComponentProps, ReactNode} from 'react';
import {MDXRemote} from 'next-mdx-remote-client/rsc';
import remarkGfm from 'remark-gfm';
import type {Locale} from '@/i18n/routing';
import {HotlineCard} from '@/components/HotlineCard';
import {Glossary} from '@/components/Glossary';
import {HotlineOperator, HotlineSharing, WorldFact} from '@/components/facts/Facts';
import {ContentImage} from './ContentImage';

/**
 * The components editors may use in MDX (the content check enforces this list;
 * see componentRules in lib/content/load.ts and content/README.md).
 */

function Callout({kind = 'info', title, children}: {kind?: 'info' | 'warning' | 'safety'; title?: string; children: ReactNode}) {
  return (
    // The title names the box for screen readers; it is not a heading of the page's outline.
    <aside className={`callout callout-${kind}`} aria-label={title}>
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

const tableLabel = {es: 'Tabla', en: 'Table'} satisfies Record<Locale, string>;

type Tree = {type: string; children: Tree[]; name?: string; attributes?: unknown[]};

/** A remark plugin: puts <AfterFirstParagraph /> right after the body's first paragraph. */
const insertAfterFirstParagraph = () => (tree: Tree) => {
  const index = tree.children.findIndex((node) => node.type === 'paragraph');
  if (index >= 0) {
    tree.children.splice(index + 1, 0, {type: 'mdxJsxFlowElement', name: 'AfterFirstParagraph', attributes: [], children: []});
  }
};

/**
 * Renders an entry's MDX body on the server. Nothing of MDX reaches the browser.
 * `afterFirstParagraph` is shown right after the first paragraph (the articles' call block).
 * `callLog` false: the page says what a call leaves on the phone once, with its call block, so the
 * hotline cards in the text do not say it again.
 */
export function ContentBody({
  source,
  locale,
  afterFirstParagraph,
  callLog = true
}: {
  source: string;
  locale: Locale;
  afterFirstParagraph?: ReactNode;
  callLog?: boolean;
}) {
  const components = {
    AfterFirstParagraph: () => afterFirstParagraph ?? null,
    // Focusable so a keyboard can scroll a table wider than the screen.
    table: (props: ComponentProps<'table'>) => (
      <div className="table-scroll" tabIndex={0} role="region" aria-label={tableLabel[locale]}>
        <table {...props} />
      </div>
    ),
    // Links to other sites are numbered on paper and listed as endnotes (EntryView, globals.css).
    a: ({href, ...props}: {href?: string; children?: ReactNode}) => (
      <a href={href} {...props} data-endnote={href?.startsWith('https://') ? '' : undefined} />
    ),
    // ![Description](images/name.jpg): lib/content/images.ts checks it, ContentImage serves it.
    img: ContentImage,
    Callout,
    Checklist,
    Stats,
    Stat,
    Hotline: ({id}: {id: string}) => <HotlineCard id={id} locale={locale} callLog={callLog} />,
    // Facts that change in the world, from their one record (components/facts/).
    HotlineSharing: ({id}: {id: string}) => <HotlineSharing id={id} locale={locale} />,
    HotlineOperator: ({id}: {id: string}) => <HotlineOperator id={id} locale={locale} />,
    Fact: ({id}: {id: string}) => <WorldFact id={id} locale={locale} />,
    Glossary: () => <Glossary locale={locale} />
  };
  return (
    <MDXRemote
      source={source}
      components={components}
      options={{
        disableImports: true,
        disableExports: true,
        mdxOptions: {remarkPlugins: afterFirstParagraph ? [remarkGfm, insertAfterFirstParagraph] : [remarkGfm]}
      }}
    />
  );
}
