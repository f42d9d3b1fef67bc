package org.xieshang.enterprise;

import java.io.Serializable;

/** What an official types to register an enterprise; checked by {@link EnterpriseRegistry#register}. */
public class EnterpriseForm implements Serializable {

    private Long districtId;
    private Long parkId;
    private Long industryId;
    private String name;
    private String uscc;
    private String legalRepresentative;
    private Integer headcount;
    private Integer womenCount;
    private Integer dispatchedCount;
    private Ownership ownership;
    private boolean unionFounded;
    private String unionChair;
    private DemocraticBody democraticBody;
    private String address;

    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public Long getParkId() { return parkId; }
    public void setParkId(Long parkId) { this.parkId = parkId; }
    public Long getIndustryId() { return industryId; }
    public void setIndustryId(Long industryId) { this.industryId = industryId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public Integer getHeadcount() { return headcount; }
    public void setHeadcount(Integer headcount) { this.headcount = headcount; }
    public Integer getWomenCount() { return womenCount; }
    public void setWomenCount(Integer womenCount) { this.womenCount = womenCount; }
    public Integer getDispatchedCount() { return dispatchedCount; }
    public void setDispatchedCount(Integer dispatchedCount) { this.dispatchedCount = dispatchedCount; }
    public Ownership getOwnership() { return ownership; }
    public void setOwnership(Ownership ownership) { this.ownership = ownership; }
    public boolean isUnionFounded() { return unionFounded; }
    public void setUnionFounded(boolean unionFounded) { this.unionFounded = unionFounded; }
    public String getUnionChair() { return unionChair; }
    public void setUnionChair(String unionChair) { this.unionChair = unionChair; }
    public DemocraticBody getDemocraticBody() { return democraticBody; }
    public void setDemocraticBody(DemocraticBody democraticBody) { this.democraticBody = democraticBody; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
