import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewPolicyDocument, PolicyDocument, PolicyDocumentChanges, PolicyDocumentPage, PolicyLibraryFacets, PolicySearchPage, PublicPolicyDocument } from '@youyu/contracts';
import { api } from '../../api/client.ts';
import { showChangedRecord, useRecord, useRecordList } from '../../api/record-queries.ts';

/** The search's parameters, as the search page keeps them in its URL. */
export type PolicySearchParams = { q?: string; jurisdiction?: string; tag?: string; page: number; pageSize: number };

const publicKey = ['public', 'policies'] as const;
const manageKey = ['policy-library'] as const;

/** Published documents; the previous results stay on screen while the next ones load. */
export function usePolicySearch(query: PolicySearchParams) {
  return useQuery({
    queryKey: [...publicKey, 'search', query],
    queryFn: ({ signal }) => api.get<PolicySearchPage>('/public/policies', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyFacets() {
  return useQuery({ queryKey: [...publicKey, 'facets'], queryFn: ({ signal }) => api.get<PolicyLibraryFacets>('/public/policies/facets', { signal }), staleTime: 5 * 60_000 });
}

export function usePublicPolicyDocument(id: string | undefined) {
  return useQuery({ queryKey: [...publicKey, 'document', id], queryFn: ({ signal }) => api.get<PublicPolicyDocument>(`/public/policies/${id}`, { signal }), enabled: !!id });
}

export const useManagedDocuments = (query: PolicySearchParams & { status?: string }) => useRecordList<PolicyDocumentPage>(manageKey, '/policy-library/documents', query);
export const useManagedDocument = (id: string | undefined) => useRecord<PolicyDocument>(manageKey, '/policy-library/documents', id);

/** Every change answers with the whole document: it replaces the cached one; lists and the public pages reload. */
function useDocumentChange<I>(send: (input: I) => Promise<PolicyDocument>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (doc) => {
      showChangedRecord(client, manageKey, doc);
      void client.invalidateQueries({ queryKey: publicKey });
    },
  });
}

export const useCreateDocument = () => useDocumentChange((input: NewPolicyDocument) => api.post<PolicyDocument>('/policy-library/documents', input));
export const useUpdateDocument = (id: string) => useDocumentChange((changes: PolicyDocumentChanges) => api.patch<PolicyDocument>(`/policy-library/documents/${id}`, changes));
export const usePublishDocument = () =>
  useDocumentChange(({ id, revision, publish }: { id: string; revision: number; publish: boolean }) => api.post<PolicyDocument>(`/policy-library/documents/${id}/${publish ? 'publish' : 'unpublish'}`, { revision }));
