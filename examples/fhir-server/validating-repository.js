// Medplum's in-memory repository, validating each resource it stores with Medplum's own validator
// (@medplum/core's validateResource), as Medplum's server does before it writes. The in-memory
// repository alone stores whatever it is given; a FHIR server must refuse an invalid resource with an
// OperationOutcome naming the element, and this one then does.
import { validateResource } from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';

export class ValidatingRepository extends MemoryRepository {
  async createResource(resource, options) {
    validateResource(resource);
    return super.createResource(resource, options);
  }

  async updateResource(resource, options) {
    validateResource(resource);
    return super.updateResource(resource, options);
  }
}
