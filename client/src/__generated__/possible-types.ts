
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SelfConsumptionFlows": [
      "SelfConsumptionPoint",
      "SelfConsumptionTotal"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "SelfConsumptionFlows": [
      "SelfConsumptionPoint",
      "SelfConsumptionTotal"
    ]
  }
};
      export default result;
    