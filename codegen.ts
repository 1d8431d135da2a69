import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types from `schema/`: the BFF's resolver types, and the widget's result and variables types from
 * its documents. A schema change that a resolver or a widget document does not follow breaks the build.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    // The contract test generates to a temporary file and compares it with the committed one.
    [process.env.ORDERLENS_CODEGEN_OUT ?? 'bff/src/graphql/generated/resolvers.ts']: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        contextType: '../context.js#GraphQLContext',
        enumsAsTypes: true,
        useTypeImports: true,
        mapperTypeSuffix: 'Model',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        mappers: {
          Order: '../../domain/model.js#ErpOrder',
          Customer: '../../domain/model.js#Customer',
          OrderReferences: '../../domain/model.js#ErpOrder',
          OrderTotals: '../../domain/model.js#ErpOrder',
          OrderLine: '../parents.js#OrderLineParent',
          LineQuantities: '../parents.js#OrderLineParent',
          Shipment: '../../domain/model.js#Shipment',
          Return: '../../domain/model.js#Return',
          Refund: '../../domain/model.js#Refund',
          Case: '../../domain/model.js#Case',
          OrderConnection: '../parents.js#OrderPage',
          OrderEdge: '../parents.js#OrderEdgeParent',
          Viewer: '../../auth/viewer.js#Viewer',
          Exception: '../../domain/exception.js#OrderException',
          ExceptionEdge: '../parents.js#ExceptionEdgeParent',
          ExceptionConnection: '../parents.js#ExceptionPageParent',
          ExceptionChange: '../parents.js#ExceptionChangeParent',
          OrderChange: '../parents.js#OrderChangeParent',
        },
      },
    },
    // Types only, erased at build: the widget keeps sending its documents as plain strings, typed as
    // `TypedDocumentString<Result, Variables>` (client/typed-document.ts), so no DocumentNode and no
    // `graphql` reach its bundle. The same override as above, for the same contract test.
    [process.env.ORDERLENS_WIDGET_CODEGEN_OUT ?? 'widget/src/client/generated/operations.ts']: {
      documents: 'widget/src/client/documents/*.ts',
      plugins: ['typescript-operations'],
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        arrayInputCoercion: false,
      },
    },
  },
};
export default config;
