import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A GraphQL document as the text the widget sends, branded with the result and variables types
 * codegen generated for it (`generated/operations.ts`). The brand is a type only: the bundle carries
 * the plain string, no parsed document and no `graphql` package.
 * Declare the constant with the type (`const Q: T = …`), not a cast: codegen reads a cast's text as
 * no document.
 * @example export const Q: TypedDocumentString<QQuery, QQueryVariables> = `query Q { a }`;
 */
export type TypedDocumentString<TResult, TVariables> = string & DocumentTypeDecoration<TResult, TVariables>;

export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
